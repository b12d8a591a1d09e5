package nl.meldtafel.ui.desk;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.catalog.CatalogViewModel;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The desk frame: which screen shows, the templates in the sidebar, and the status bar. The officer
 * and the follow-up count are plain properties that sign-in and storage will feed.
 */
public final class DeskViewModel {

    /** The screens the sidebar switches between. */
    public enum Screen { COMPOSE, FOLLOW_UP, LOG }

    /** One line of the F1 overview. */
    public record Shortcut(String keys, String action) {
    }

    /** Ctrl+1 .. Ctrl+5: more templates are still in the sidebar, just without a key. */
    public static final int TEMPLATE_SHORTCUTS = 5;

    private final TaskRunner runner;
    private final Callable<TemplateCatalog> loader;
    private final ComposeViewModel compose;
    private final String dataFolder;
    private final ObservableList<TemplateDefinition> templates = FXCollections.observableArrayList();
    // Kept in a field: a read-only wrapper made per call would be collected with its listeners.
    private final ObservableList<TemplateDefinition> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ReadOnlyObjectWrapper<TemplateCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.COMPOSE);
    private final StringProperty officer = new SimpleStringProperty(this, "officer");
    private final IntegerProperty followUpCount = new SimpleIntegerProperty(this, "followUpCount");
    private final StringProperty loadError = new SimpleStringProperty(this, "loadError");
    private final StringBinding officerText;
    private final StringBinding templateStatus;
    private final BooleanBinding noTemplates;

    public DeskViewModel(TaskRunner runner, Callable<TemplateCatalog> loader, ComposeViewModel compose, String dataFolder) {
        this.runner = runner;
        this.loader = loader;
        this.compose = compose;
        this.dataFolder = dataFolder;
        officerText = Bindings.createStringBinding(() -> officer.get() == null || officer.get().isBlank()
                ? Texts.get("desk.status.noOfficer") : Texts.get("desk.status.officer", officer.get()), officer);
        templateStatus = Bindings.createStringBinding(this::describeTemplates, catalog, loadError);
        noTemplates = Bindings.createBooleanBinding(() -> (catalog.get() != null || loadError.get() != null)
                && templates.isEmpty(), catalog, loadError, templates);
    }

    /** Loads the templates in the background, then the drafts and the unconfirmed messages. */
    public void load() {
        runner.run(loader, this::loaded, e -> loadError.set(e.getMessage()));
    }

    private void loaded(TemplateCatalog loadedCatalog) {
        templates.setAll(loadedCatalog.templates());
        catalog.set(loadedCatalog);
        compose.setTemplates(loadedCatalog.templates());
        compose.loadDrafts();
        compose.loadUnconfirmed();
    }

    private String describeTemplates() {
        if (loadError.get() != null) {
            return Texts.get("catalog.loadFailed", loadError.get());
        }
        TemplateCatalog loadedCatalog = catalog.get();
        if (loadedCatalog == null) {
            return Texts.get("catalog.loading");
        }
        int problems = loadedCatalog.problems().size();
        return problems == 0 ? Texts.get("desk.status.templatesOk", loadedCatalog.templates().size())
                : Texts.get("desk.status.templateProblems", problems);
    }

    /** Ctrl+1 is index 0; an index without a template does nothing. */
    public void openTemplate(int index) {
        if (index >= 0 && index < templates.size()) {
            openTemplate(templates.get(index));
        }
    }

    public void openTemplate(TemplateDefinition template) {
        compose.select(template);
        screen.set(Screen.COMPOSE);
    }

    public void show(Screen target) {
        screen.set(target);
    }

    public List<Shortcut> shortcuts() {
        List<Shortcut> list = new ArrayList<>();
        for (int i = 0; i < Math.min(TEMPLATE_SHORTCUTS, templates.size()); i++) {
            list.add(new Shortcut(shortcutLabel(i), Texts.get("desk.shortcut.template", templates.get(i).title())));
        }
        list.add(new Shortcut("Ctrl+Enter", Texts.get("desk.shortcut.copy")));
        list.add(new Shortcut("Enter", Texts.get("desk.shortcut.yes")));
        list.add(new Shortcut("Esc", Texts.get("desk.shortcut.later")));
        list.add(new Shortcut("Tab / Shift+Tab", Texts.get("desk.shortcut.tab")));
        list.add(new Shortcut("F1", Texts.get("desk.shortcut.help")));
        return list;
    }

    /** "Ctrl+1" for the first template, "" past the fifth. */
    public static String shortcutLabel(int index) {
        return index < TEMPLATE_SHORTCUTS ? "Ctrl+" + (index + 1) : "";
    }

    /** The loaded and broken templates for the "Sjablonen" view; the catalog is already in memory. */
    public CatalogViewModel catalogViewModel() {
        TemplateCatalog loadedCatalog = catalog.get();
        CatalogViewModel model = new CatalogViewModel(TaskRunner.sameThread(), () -> loadedCatalog);
        if (loadedCatalog != null) {
            model.load();
        }
        return model;
    }

    public ComposeViewModel compose() {
        return compose;
    }

    public ObservableList<TemplateDefinition> templates() {
        return templatesView;
    }

    public ReadOnlyObjectProperty<TemplateCatalog> catalogProperty() {
        return catalog.getReadOnlyProperty();
    }

    public ObjectProperty<Screen> screenProperty() {
        return screen;
    }

    /** The signed-in officer's display name, null when none; sign-in will set it. */
    public StringProperty officerProperty() {
        return officer;
    }

    public StringBinding officerTextProperty() {
        return officerText;
    }

    /** Open alerts awaiting follow-up; storage will feed it, 0 until then. */
    public IntegerProperty followUpCountProperty() {
        return followUpCount;
    }

    public String dataFolderText() {
        return Texts.get("desk.status.dataFolder", dataFolder);
    }

    /** True once loading finished without a single usable template. */
    public BooleanBinding noTemplatesProperty() {
        return noTemplates;
    }

    public StringBinding templateStatusProperty() {
        return templateStatus;
    }
}

package nl.meldtafel.ui.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.Referentie;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.catalog.CatalogViewModel;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.followup.FollowUpOpener;
import nl.meldtafel.ui.followup.FollowUpViewModel;
import nl.meldtafel.ui.groups.GroupsViewModel;
import nl.meldtafel.ui.log.LogViewModel;
import nl.meldtafel.ui.officer.OfficerViewModel;
import nl.meldtafel.ui.overview.OverviewViewModel;
import nl.meldtafel.ui.settings.SettingsViewModel;
import nl.meldtafel.ui.shift.DayOverviewViewModel;

/**
 * The desk frame: which screen shows, the templates in the sidebar, the status bar; and the wiring
 * between the database, the officer at the desk, compose and Opvolging.
 */
public final class DeskViewModel implements FollowUpOpener {

    /** The screens the sidebar switches between. */
    public enum Screen { COMPOSE, FOLLOW_UP, LOG, GROUPS, OVERVIEW, SETTINGS }

    /** One line of the F1 overview. */
    public record Shortcut(String keys, String action) {
    }

    /** Ctrl+1 .. Ctrl+5: more templates are still in the sidebar, just without a key. */
    public static final int TEMPLATE_SHORTCUTS = 9;

    /** Opens the Overzicht from anywhere. */
    public static final String OVERVIEW_KEYS = "Ctrl+Shift+O";
    public static final String GROUPS_KEYS = "Ctrl+Shift+G";
    public static final String FOLLOW_UP_KEYS = "Ctrl+Shift+P";
    public static final String LOG_KEYS = "Ctrl+Shift+L";
    public static final String SETTINGS_KEYS = "Ctrl+Shift+I";

    private final StringProperty noContentTitle = new SimpleStringProperty(this, "noContentTitle", "");
    private final StringProperty noContentText = new SimpleStringProperty(this, "noContentText", "");
    private final BooleanProperty contentAllowed =
            new SimpleBooleanProperty(this, "contentAllowed", true);
    private DayOverviewViewModel dayOverview;
    private final TaskRunner runner;
    private final Callable<TemplateCatalog> loader;
    private final ComposeViewModel compose;
    private final DatabaseViewModel database;
    private final OfficerViewModel officers;
    private final FollowUpViewModel followUp;
    private final String dataFolder;
    private Optional<String> version = Optional.empty();
    private Optional<java.nio.file.Path> logFile = Optional.empty();
    private final ObservableList<TemplateDefinition> templates = FXCollections.observableArrayList();
    // Kept in a field: a read-only wrapper made per call would be collected with its listeners.
    private final ObservableList<TemplateDefinition> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ReadOnlyObjectWrapper<TemplateCatalog> catalog = new ReadOnlyObjectWrapper<>(this, "catalog");
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(this, "screen", Screen.COMPOSE);
    private final StringProperty loadError = new SimpleStringProperty(this, "loadError");
    private final ReadOnlyObjectWrapper<LogViewModel> log = new ReadOnlyObjectWrapper<>(this, "log");
    private Supplier<LogViewModel> logFactory = () -> null;
    private final ReadOnlyObjectWrapper<GroupsViewModel> groups = new ReadOnlyObjectWrapper<>(this, "groups");
    private Supplier<GroupsViewModel> groupsFactory = () -> null;
    private final ReadOnlyObjectWrapper<OverviewViewModel> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private Supplier<OverviewViewModel> overviewFactory = () -> null;
    private final ReadOnlyObjectWrapper<SettingsViewModel> settings = new ReadOnlyObjectWrapper<>(this, "settings");
    private Supplier<SettingsViewModel> settingsFactory = () -> null;
    private Runnable afterFirstReads = () -> { };
    private final BooleanProperty switchRefused = new SimpleBooleanProperty(this, "switchRefused");
    private final StringBinding officerText;
    private final StringBinding templateStatus;
    private final BooleanBinding noTemplates;

    public DeskViewModel(TaskRunner runner, Callable<TemplateCatalog> loader, ComposeViewModel compose,
                         DatabaseViewModel database, OfficerViewModel officers, FollowUpViewModel followUp, String dataFolder) {
        this.runner = runner;
        this.loader = loader;
        this.compose = compose;
        this.database = database;
        this.officers = officers;
        this.followUp = followUp;
        this.dataFolder = dataFolder;
        officerText = Bindings.createStringBinding(() -> switchRefused.get()
                ? Texts.get("desk.status.switchRefused", officers.currentProperty().get() == null ? Texts.get("desk.status.noOfficer")
                        : Texts.get("desk.status.officer", OfficerViewModel.display(officers.currentProperty().get())))
                // the last officer is remembered, but on a log with accounts only a sign-in puts him at the desk
                : officers.signInRequiredProperty().get() && officers.accountProperty().get() == null
                ? Texts.get("desk.status.notSignedIn")
                : officers.currentProperty().get() == null
                ? Texts.get("desk.status.noOfficer")
                : officers.rememberProblemProperty().get() != null
                ? Texts.get("desk.status.officerNotRemembered", OfficerViewModel.display(officers.currentProperty().get()),
                        officers.rememberProblemProperty().get())
                : Texts.get("desk.status.officer", OfficerViewModel.display(officers.currentProperty().get())),
                officers.currentProperty(), officers.rememberProblemProperty(), switchRefused, officers.signInRequiredProperty(),
                officers.accountProperty());
        templateStatus = Bindings.createStringBinding(this::describeTemplates, catalog, loadError);
        noTemplates = Bindings.createBooleanBinding(() -> (catalog.get() != null || loadError.get() != null)
                && templates.isEmpty(), catalog, loadError, templates);
        wire();
    }

    private void wire() {
        compose.officerProperty().bind(officers.currentProperty());
        compose.unavailableProperty().bind(database.sendBlockProperty());
        database.readyProperty().addListener((o, old, open) -> {
            if (open) {
                switchRefused.set(false);
                log.set(logFactory.get());
                groups.set(groupsFactory.get());
                OverviewViewModel figures = overviewFactory.get();
                if (figures != null) {
                    figures.setOpener(this::showInLog);
                }
                overview.set(figures);
                settings.set(settingsFactory.get());
                if (catalog.get() != null) {
                    compose.loadDrafts(); // else once the templates are loaded
                }
                compose.loadUnconfirmed();
                compose.loadTargets();
                followUp.refresh();
                officers.ask();
                // after the reads above on the same worker: then the redaction and backup may hold the log
                runner.run(() -> null, done -> afterFirstReads.run(), e -> afterFirstReads.run());
            }
        });
        // Every confirmed message may have opened, updated or closed an alert.
        compose.recordedProperty().addListener((o, old, message) -> {
            if (message != null) {
                followUp.refresh();
            }
        });
        followUp.setOpener(this);
        followUp.setOnFirstLoad(() -> {
            if (followUp.overdueCountProperty().get() > 0) {
                screen.set(Screen.FOLLOW_UP);
            }
        });
    }

    /** Opens the database, then the templates; both in the background, in that order. */
    public void start() {
        database.open();
        load();
    }

    /** Loads the templates in the background, then the drafts (once the database is open too). */
    public void load() {
        runner.run(loader, this::loaded, e -> loadError.set(StorageErrors.describe(e)));
    }

    private void loaded(TemplateCatalog loadedCatalog) {
        templates.setAll(loadedCatalog.templates());
        catalog.set(loadedCatalog);
        compose.setTemplates(loadedCatalog.templates());
        // The drafts live in the database: read them now if it is open, else once it is.
        if (database.isOpen()) {
            compose.loadDrafts();
        } else {
            compose.openFirstTemplate();
        }
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
        show(Screen.COMPOSE);
    }

    public void show(Screen target) {
        boolean coming = screen.get() != target;
        screen.set(target);
        if (target == Screen.FOLLOW_UP) {
            followUp.refresh();
        } else if (target == Screen.COMPOSE && coming) {
            compose.loadUnconfirmed(); // confirmed in Opvolging meanwhile: no longer waiting here
        }
    }

    /** The Logboek with exactly the alerts behind a figure of the Overzicht. */
    public void showInLog(String caption, List<Long> ids) {
        LogViewModel logModel = log.get();
        if (logModel != null) {
            logModel.showAlerts(caption, ids);
            screen.set(Screen.LOG);
        }
    }

    /** Ctrl+Shift+A or a click on the officer in the status bar; only once the database is open. */
    public void switchOfficer() {
        if (database.isOpen()) {
            switchRefused.set(false);
            officers.ask();
        } else {
            // said where the officer looks, so a password typed from habit is not typed into the form unawares
            switchRefused.set(true);
        }
    }

    @Override
    public boolean update(Alert original, String description) {
        FieldValues values = original.valuesJson() == null ? FieldValues.empty() : FieldValues.fromJson(original.valuesJson());
        return openLinked(original.templateId(), values, original.id(), description);
    }

    @Override
    public boolean afloop(Alert original, String referentie) {
        return compose.templateOfKind(MessageKind.AFLOOPBERICHT)
                .map(template -> openLinked(template.id(), Referentie.afloopValues(original.kind(), original.valuesJson(), referentie),
                        original.id(), referentie))
                .orElse(false);
    }

    private boolean openLinked(String templateId, FieldValues values, long parentId, String description) {
        boolean opened = compose.openLinked(templateId, values, new ComposeViewModel.Link(parentId, description));
        if (opened) {
            screen.set(Screen.COMPOSE);
        }
        return opened;
    }

    public List<Shortcut> shortcuts() {
        List<Shortcut> list = new ArrayList<>();
        for (int i = 0; i < Math.min(TEMPLATE_SHORTCUTS, templates.size()); i++) {
            list.add(new Shortcut(shortcutLabel(i), Texts.get("desk.shortcut.template", templates.get(i).title())));
        }
        list.add(new Shortcut("Ctrl+Enter", Texts.get("desk.shortcut.copy")));
        list.add(new Shortcut("Enter", Texts.get("desk.shortcut.yes")));
        list.add(new Shortcut("Esc", Texts.get("desk.shortcut.later")));
        list.add(new Shortcut("Ctrl+G", Texts.get("desk.shortcut.targets")));
        list.add(new Shortcut("Tab / Shift+Tab", Texts.get("desk.shortcut.tab")));
        list.add(new Shortcut("Enter", Texts.get("desk.shortcut.multilineEnter")));
        list.add(new Shortcut("Alt+V / Alt+O", Texts.get("desk.shortcut.addEntry")));
        list.add(new Shortcut("Alt+Shift+V", Texts.get("desk.shortcut.copyEntry")));
        list.add(new Shortcut("Alt+\u2193", Texts.get("desk.shortcut.choiceList")));
        list.add(new Shortcut(FOLLOW_UP_KEYS, Texts.get("desk.shortcut.followUp")));
        list.add(new Shortcut(LOG_KEYS, Texts.get("desk.shortcut.log")));
        list.add(new Shortcut(SETTINGS_KEYS, Texts.get("desk.shortcut.settings")));
        list.add(new Shortcut("Ctrl+Shift+A", Texts.get("desk.shortcut.officer")));
        list.add(new Shortcut(OVERVIEW_KEYS, Texts.get("desk.shortcut.overview")));
        list.add(new Shortcut("Ctrl+F", Texts.get("desk.shortcut.logSearch")));
        list.add(new Shortcut("Ctrl+Shift+C", Texts.get("desk.shortcut.logCopy")));
        list.add(new Shortcut(GROUPS_KEYS, Texts.get("desk.shortcut.groups")));
        list.add(new Shortcut("Ctrl+N", Texts.get("desk.shortcut.groupsNew")));
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

    /** Runs once the desk's first reads after opening are done: the daily redaction and backup may start then. */
    public void afterFirstReads(Runnable action) {
        this.afterFirstReads = action;
    }

    /** The Logboek needs the open database, so it is made once the database is ready. */
    public void setLogFactory(Supplier<LogViewModel> factory) {
        this.logFactory = factory;
    }

    /** The Overzicht needs the open database, so it is made once the database is ready. */
    public void setOverviewFactory(Supplier<OverviewViewModel> factory) {
        this.overviewFactory = factory;
    }

    public ReadOnlyObjectProperty<OverviewViewModel> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LogViewModel> logProperty() {
        return log.getReadOnlyProperty();
    }

    /** The register of beheerdersgroepen needs the open database too; made once it is ready. */
    public void setGroupsFactory(Supplier<GroupsViewModel> factory) {
        this.groupsFactory = factory;
    }

    public ReadOnlyObjectProperty<GroupsViewModel> groupsProperty() {
        return groups.getReadOnlyProperty();
    }

    /**
     * Message content (compose, Opvolging, Logboek, Overzicht) only when {@code allowed}: every role but beheer, or a
     * log without accounts. Beheer keeps Instellingen (server, backups) and the register.
     */
    public void useContentRights(ObservableBooleanValue allowed) {
        contentAllowed.bind(allowed);
        // no one signed in on a log with accounts, or a beheer account: each hears its own reason
        noContentTitle.bind(Bindings.when(officers.accountProperty().isNull())
                .then(Texts.get("desk.notSignedIn.title")).otherwise(Texts.get("desk.noContent.title")));
        noContentText.bind(Bindings.when(officers.accountProperty().isNull())
                .then(Texts.get("desk.notSignedIn.text")).otherwise(Texts.get("desk.noContent.text")));
    }

    /** What the screen in place of message content says: why it is not shown. */
    public ReadOnlyStringProperty noContentTitleProperty() {
        return noContentTitle;
    }

    public ReadOnlyStringProperty noContentTextProperty() {
        return noContentText;
    }

    public ReadOnlyBooleanProperty contentAllowedProperty() {
        return contentAllowed;
    }

    /** A wijkagent's Dagoverzicht after he signs in; none on a desk that has no accounts to sign in with. */
    public void useDayOverview(DayOverviewViewModel overview) {
        this.dayOverview = overview;
    }

    /** The Dagoverzicht, or null. */
    public DayOverviewViewModel dayOverview() {
        return dayOverview;
    }

    /** "Instellingen" needs the open database too. */
    public void setSettingsFactory(Supplier<SettingsViewModel> factory) {
        this.settingsFactory = factory;
    }

    public ReadOnlyObjectProperty<SettingsViewModel> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public DatabaseViewModel database() {
        return database;
    }

    public OfficerViewModel officers() {
        return officers;
    }

    public FollowUpViewModel followUp() {
        return followUp;
    }

    public StringBinding officerTextProperty() {
        return officerText;
    }

    /** Open alerts awaiting follow-up. */
    public ReadOnlyIntegerProperty followUpCountProperty() {
        return followUp.openCountProperty();
    }

    /** "3", or "3 / 1 te laat". */
    public StringBinding followUpBadgeProperty() {
        return followUp.badgeProperty();
    }

    /** What "Over Meldtafel" shows; set by the composition root (the version comes from the jar). */
    public DeskViewModel useAbout(Optional<String> version, Optional<java.nio.file.Path> logFile) {
        this.version = version;
        this.logFile = logFile;
        return this;
    }

    /** "Over Meldtafel" under the F1 shortcuts: version, data folder and log file, each a label and its value. */
    public List<Shortcut> about() {
        return List.of(
                new Shortcut(Texts.get("about.version"), version.orElseGet(() -> Texts.get("about.version.development"))),
                new Shortcut(Texts.get("about.dataFolder"), dataFolder),
                new Shortcut(Texts.get("about.logFile"), logFile.map(Object::toString).orElseGet(() -> Texts.get("about.logFile.none"))));
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

package nl.meldtafel.ui.catalog;

import nl.meldtafel.ui.common.StorageErrors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.common.TaskRunner;

import java.util.concurrent.Callable;

/** Loads the templates in the background and exposes what loaded and what did not, as Dutch lines. */
public final class CatalogViewModel {

    private final ObservableList<String> templates = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(Texts.get("catalog.loading"));
    private final TaskRunner runner;
    private final Callable<TemplateCatalog> loader;

    public CatalogViewModel(TaskRunner runner, Callable<TemplateCatalog> loader) {
        this.runner = runner;
        this.loader = loader;
    }

    public void load() {
        runner.run(loader, this::show, e -> status.set(Texts.get("catalog.loadFailed", StorageErrors.describe(e))));
    }

    private void show(TemplateCatalog catalog) {
        templates.setAll(catalog.templates().stream().map(CatalogViewModel::describe).toList());
        problems.setAll(catalog.problems().stream().map(Object::toString).toList());
        status.set(Texts.get("catalog.status", catalog.templates().size(), catalog.problems().size(), catalog.origin()));
    }

    private static String describe(TemplateDefinition template) {
        String followUp = template.followUp().awaitsClosure()
                ? Texts.get("catalog.followUp", template.followUp().due().toMinutes())
                : Texts.get("catalog.noFollowUp");
        return Texts.get("catalog.template", template.title(), template.fields().size(), followUp, template.source());
    }

    public ObservableList<String> templates() {
        return templates;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}

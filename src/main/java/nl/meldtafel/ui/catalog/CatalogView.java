package nl.meldtafel.ui.catalog;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;

/** The templates that loaded and the load errors of the others. Binds only; behaviour is in the view model. */
public final class CatalogView extends BorderPane {

    public CatalogView(CatalogViewModel model) {
        getStyleClass().add("catalog-view");
        Label title = new Label(Texts.get("catalog.title"));
        title.getStyleClass().add("title");

        ListView<String> templates = new ListView<>(model.templates());
        templates.setId("templateList");
        templates.setPlaceholder(new Label(Texts.get("catalog.empty")));
        VBox.setVgrow(templates, Priority.ALWAYS);

        Label problemsTitle = new Label(Texts.get("catalog.problems"));
        problemsTitle.getStyleClass().add("subtitle");
        ListView<String> problems = new ListView<>(model.problems());
        problems.setId("problemList");
        problems.getStyleClass().add("problems");
        problems.setPrefHeight(140);
        problemsTitle.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problemsTitle.managedProperty().bind(problemsTitle.visibleProperty());
        problems.visibleProperty().bind(problemsTitle.visibleProperty());
        problems.managedProperty().bind(problemsTitle.visibleProperty());

        Label status = new Label();
        status.setId("catalogStatus");
        status.textProperty().bind(model.statusProperty());

        VBox content = new VBox(8, title, templates, problemsTitle, problems, status);
        content.getStyleClass().add("content");
        setCenter(content);
    }
}

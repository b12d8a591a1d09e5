package nl.meldtafel.ui.desk;

import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** Officer, data folder and the template state; clicking the latter shows what loaded and what broke. */
final class StatusBar extends HBox {

    StatusBar(DeskViewModel model, Runnable showTemplates) {
        super(10);
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Label officer = new Label();
        officer.setId("officerStatus");
        officer.textProperty().bind(model.officerTextProperty());
        Label data = new Label(model.dataFolderText());
        data.setId("dataFolderStatus");
        data.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Hyperlink templates = new Hyperlink();
        templates.setId("templateStatus");
        templates.textProperty().bind(model.templateStatusProperty());
        templates.setOnAction(e -> showTemplates.run());
        model.catalogProperty().addListener((o, old, catalog) -> templates.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("problem"), catalog != null && !catalog.problems().isEmpty()));
        templates.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(officer, new Separator(Orientation.VERTICAL), data, spacer, templates);
    }
}

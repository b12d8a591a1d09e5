package nl.meldtafel.ui.desk;

import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.meldtafel.i18n.Texts;

/**
 * Officer (click to switch), data folder, database state and the template state; clicking the
 * latter shows what loaded and what broke.
 */
final class StatusBar extends HBox {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final BooleanBinding databaseFailed;
    private final BooleanBinding databaseProblem;
    private final BooleanBinding draftProblem;

    StatusBar(DeskViewModel model, Runnable showTemplates) {
        super(10);
        setId("statusBar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        Hyperlink officer = new Hyperlink();
        officer.setId("officerStatus");
        officer.textProperty().bind(model.officerTextProperty());
        officer.setTooltip(new Tooltip(Texts.get("desk.status.officerSwitch")));
        officer.setOnAction(e -> model.switchOfficer());
        officer.setFocusTraversable(false); // Ctrl+Shift+A is the keyboard's way; focus belongs in the form
        officer.setMinWidth(Region.USE_PREF_SIZE);
        Label data = new Label(model.dataFolderText());
        data.setId("dataFolderStatus");
        data.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        DatabaseViewModel database = model.database();
        Label databaseStatus = new Label();
        databaseStatus.setId("databaseStatus");
        databaseStatus.textProperty().bind(database.statusProperty());
        databaseStatus.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip problemTip = new Tooltip();
        problemTip.setWrapText(true);
        problemTip.setMaxWidth(480);
        problemTip.textProperty().bind(database.problemProperty());
        databaseStatus.setTooltip(problemTip);
        databaseProblem = database.stateProperty().isEqualTo(DatabaseViewModel.State.FAILED)
                .or(database.stateProperty().isEqualTo(DatabaseViewModel.State.CORRUPT));
        databaseProblem.addListener((o, was, now) -> databaseStatus.pseudoClassStateChanged(PROBLEM, now));
        databaseFailed = database.stateProperty().isEqualTo(DatabaseViewModel.State.FAILED);
        Hyperlink retry = new Hyperlink(Texts.get("db.retry"));
        retry.setId("retryDatabase");
        retry.setOnAction(e -> database.retry());
        retry.visibleProperty().bind(databaseFailed);
        retry.managedProperty().bind(databaseFailed);

        Hyperlink templates = new Hyperlink();
        templates.setId("templateStatus");
        templates.textProperty().bind(model.templateStatusProperty());
        templates.setOnAction(e -> showTemplates.run());
        model.catalogProperty().addListener((o, old, catalog) -> templates.pseudoClassStateChanged(
                PROBLEM, catalog != null && !catalog.problems().isEmpty()));
        templates.setMinWidth(Region.USE_PREF_SIZE);
        // Drafts that could not be saved or read: the text stays in the form, and the officer must know.
        Label drafts = new Label();
        drafts.setId("draftStatus");
        drafts.setWrapText(true);
        drafts.setMinWidth(0);
        drafts.pseudoClassStateChanged(PROBLEM, true);
        drafts.textProperty().bind(model.compose().draftProblemProperty());
        Tooltip draftTip = new Tooltip(); // the line may be cut off; the reason must stay readable
        draftTip.setWrapText(true);
        draftTip.setMaxWidth(480);
        draftTip.textProperty().bind(model.compose().draftProblemProperty());
        drafts.setTooltip(draftTip);
        draftProblem = model.compose().draftProblemProperty().isNotNull();
        drafts.visibleProperty().bind(draftProblem);
        drafts.managedProperty().bind(draftProblem);
        getChildren().addAll(officer, new Separator(Orientation.VERTICAL), data, spacer, drafts, databaseStatus, retry,
                new Separator(Orientation.VERTICAL), templates);
    }
}

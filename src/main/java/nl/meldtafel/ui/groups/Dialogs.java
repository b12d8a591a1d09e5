package nl.meldtafel.ui.groups;

import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import nl.meldtafel.i18n.Texts;

/** The register's small dialogs: add/edit forms that stay open on a problem, and yes/no questions. */
final class Dialogs {

    private final Supplier<Window> owner;
    private final Supplier<List<String>> stylesheets;

    Dialogs(Supplier<Window> owner, Supplier<List<String>> stylesheets) {
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    /** Shows the form; "Opslaan" checks and saves, and closes only once saved. */
    void edit(GroupsViewModel model, EditForm form) {
        ButtonType save = new ButtonType(Texts.get("groups.dialog.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("groups.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, form.title());
        dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
        dialog.getDialogPane().setId("groupForm");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        TextInputControl first = null;
        for (EditForm.Field field : form.fields()) {
            TextInputControl input = field.multiline() ? new TextArea() : new TextField();
            input.setId(field.id());
            input.setPromptText(field.prompt());
            input.textProperty().bindBidirectional(field.value());
            input.disableProperty().bind(form.busyProperty());
            if (input instanceof TextArea area) {
                area.setPrefRowCount(3);
                area.setWrapText(true);
            } else if (input instanceof TextField line) {
                line.setPrefColumnCount(28);
            }
            GridPane.setHgrow(input, Priority.ALWAYS);
            Label label = new Label(field.label());
            label.setLabelFor(input);
            grid.addRow(row++, label, input);
            if (first == null) {
                first = input;
            }
        }
        Label explanation = new Label(form.explanation());
        explanation.setWrapText(true);
        explanation.getStyleClass().add("muted");
        Label problem = new Label();
        problem.setId("groupFormProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("groups-error");
        problem.textProperty().bind(form.problemProperty());
        problem.visibleProperty().bind(form.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        Button reload = new Button(Texts.get("conflict.reload"));
        reload.setId("groupFormReload");
        reload.setOnAction(e -> model.reloadForm(form));
        reload.disableProperty().bind(form.busyProperty());
        reload.visibleProperty().bind(form.changedMeanwhileProperty());
        reload.managedProperty().bind(reload.visibleProperty());
        VBox content = new VBox(10, explanation, grid, problem, reload);
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);

        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("groupFormSave");
        saveButton.disableProperty().bind(form.busyProperty());
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes only after the register stored it
            model.save(form, () -> {
                dialog.setResult(save);
                dialog.close();
            });
        });
        TextInputControl focus = first;
        dialog.setOnShown(e -> Platform.runLater(focus::requestFocus));
        dialog.show();
    }

    /** Asks a yes/no question; {@code onYes} runs only on "yes". */
    void confirm(String title, String text, String yesLabel, Runnable onYes) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Texts.get("groups.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, text, yes, no);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("groupConfirm");
        ((Button) alert.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(no)).setDefaultButton(true); // Enter never deletes by accident
        alert.resultProperty().addListener((o, old, answer) -> {
            if (answer == yes) {
                onYes.run();
            }
        });
        alert.show();
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.setTitle(title);
        dialog.initModality(Modality.WINDOW_MODAL);
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
        }
        dialog.getDialogPane().getStylesheets().setAll(stylesheets.get());
        dialog.setResizable(true);
    }

    static Node spacer() {
        javafx.scene.layout.Region region = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(region, Priority.ALWAYS);
        return region;
    }
}

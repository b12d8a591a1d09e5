package nl.meldtafel.ui.groups;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import nl.meldtafel.i18n.Texts;

/**
 * The import preview: what the file holds and what confirming would add, change and skip, with
 * problems by line number. "Importeren" writes all of it at once; "Annuleren" writes nothing.
 */
final class ImportDialog {

    private final ImportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Label fileLine = new Label();
    private final Label summary = new Label();
    private final ListView<String> problems = new ListView<>();
    private final ListView<String> newGroups = new ListView<>();
    private final TableView<ImportViewModel.Line> rows = new TableView<>();
    private final VBox problemBox;
    private final VBox newGroupBox;

    ImportDialog(ImportViewModel model, Window owner, List<String> stylesheets) {
        this.model = model;
        dialog.setTitle(Texts.get("groups.import.title"));
        dialog.initModality(Modality.WINDOW_MODAL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setResizable(true);
        dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        dialog.getDialogPane().setId("importDialog");
        dialog.getDialogPane().getStyleClass().add("import-dialog");

        Label heading = new Label();
        heading.getStyleClass().add("section-title");
        heading.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Texts.get("groups.import.heading", model.fileProperty().get()), model.fileProperty()));
        fileLine.setWrapText(true);
        fileLine.getStyleClass().add("muted");
        fileLine.setId("importFileLine");
        fileLine.setMinHeight(Region.USE_PREF_SIZE);

        TextField gemeente = new TextField();
        gemeente.setId("importGemeente");
        gemeente.setPromptText(Texts.get("groups.import.gemeente.prompt"));
        gemeente.textProperty().bindBidirectional(model.gemeenteProperty());
        gemeente.setOnAction(e -> model.reread());
        HBox.setHgrow(gemeente, Priority.ALWAYS);
        Button reread = new Button(Texts.get("groups.import.reread"));
        reread.setId("importReread");
        reread.setMinWidth(Region.USE_PREF_SIZE);
        reread.setOnAction(e -> model.reread());
        reread.disableProperty().bind(model.busyProperty().or(model.importedProperty()));
        Label gemeenteLabel = new Label(Texts.get("groups.import.gemeente"));
        gemeenteLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox gemeenteRow = new HBox(8, gemeenteLabel, gemeente, reread);
        gemeenteRow.setAlignment(Pos.CENTER_LEFT);

        summary.setId("importSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("import-summary");

        problems.setId("importProblems");
        problems.getStyleClass().add("problems");
        problems.setPrefHeight(96);
        problems.setMinHeight(72);
        problemBox = section("groups.import.problems", problems);
        newGroups.setId("importNewGroups");
        newGroups.setPrefHeight(64);
        newGroups.setMinHeight(52);
        newGroupBox = section("groups.import.newGroups", newGroups);

        rows.setId("importRows");
        rows.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rows.getColumns().setAll(List.of(
                number(),
                column("groups.import.col.action", ImportViewModel.Line::action, 76),
                column("groups.import.col.name", ImportViewModel.Line::name, 190),
                column("groups.import.col.wijk", ImportViewModel.Line::wijk, 110),
                column("groups.import.col.gemeente", ImportViewModel.Line::gemeente, 96),
                column("groups.import.col.target", ImportViewModel.Line::targetGroup, 230),
                column("groups.import.col.administrators", ImportViewModel.Line::administrators, 220),
                column("groups.import.col.changes", ImportViewModel.Line::changes, 100)));
        Label rowsPlaceholder = new Label(Texts.get("groups.import.noRows"));
        rowsPlaceholder.getStyleClass().add("empty-state");
        rows.setPlaceholder(rowsPlaceholder);
        VBox.setVgrow(rows, Priority.ALWAYS);

        Label error = new Label();
        error.setId("importError");
        error.setWrapText(true);
        error.getStyleClass().add("groups-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Label result = new Label();
        result.setId("importResult");
        result.setWrapText(true);
        result.getStyleClass().add("groups-notice");
        result.textProperty().bind(model.resultProperty());
        result.visibleProperty().bind(model.resultProperty().isNotEmpty());
        result.managedProperty().bind(result.visibleProperty());
        Label reading = new Label(Texts.get("groups.import.reading"));
        reading.getStyleClass().add("muted");
        reading.visibleProperty().bind(model.busyProperty());
        reading.managedProperty().bind(reading.visibleProperty());

        VBox content = new VBox(10, heading, fileLine, gemeenteRow, reading, error, summary, problemBox, newGroupBox,
                rows, result);
        content.setPrefSize(1060, 560);
        dialog.getDialogPane().setContent(content);

        ButtonType confirm = new ButtonType(Texts.get("groups.import.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("groups.import.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(confirm, cancel);
        Button confirmButton = (Button) dialog.getDialogPane().lookupButton(confirm);
        confirmButton.setId("importConfirm");
        confirmButton.getStyleClass().add("primary");
        confirmButton.disableProperty().bind(model.canImportProperty().not());
        confirmButton.setDefaultButton(false); // Enter in the gemeente field reads again; it never imports
        confirmButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.confirm(() -> {
                dialog.setResult(confirm);
                dialog.close();
            });
        });
        Button cancelButton = (Button) dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("importCancel");
        cancelButton.disableProperty().bind(model.busyProperty());

        model.previewProperty().addListener((o, old, preview) -> refresh());
        refresh();
    }

    private static VBox section(String key, javafx.scene.Node content) {
        Label title = new Label(Texts.get(key));
        title.getStyleClass().add("import-section");
        VBox box = new VBox(4, title, content);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void refresh() {
        fileLine.setText(model.fileDescription());
        summary.setText(model.summary());
        problems.getItems().setAll(model.problems());
        problemBox.setVisible(!model.problems().isEmpty());
        newGroups.getItems().setAll(model.newGroups());
        newGroupBox.setVisible(!model.newGroups().isEmpty());
        rows.getItems().setAll(model.lines());
    }

    /** Shows the dialog without blocking: the preview fills in when the file has been read. */
    void open() {
        dialog.show();
    }

    private static TableColumn<ImportViewModel.Line, Integer> number() {
        TableColumn<ImportViewModel.Line, Integer> column = new TableColumn<>(Texts.get("groups.import.col.line"));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line()));
        column.setPrefWidth(56);
        return column;
    }

    private static TableColumn<ImportViewModel.Line, String> column(String key, Function<ImportViewModel.Line, String> value,
                                                                    double width) {
        TableColumn<ImportViewModel.Line, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}

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
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.util.Duration;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.GridPane;
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
    private final TreeView<String> problems = new TreeView<>(new TreeItem<>());
    private final GridPane perGemeente = new GridPane();
    private final ListView<String> newGroups = new ListView<>();
    private final TableView<ImportViewModel.Line> rows = new TableView<>();
    private final VBox problemBox;
    private final VBox perGemeenteBox;
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
        problems.setShowRoot(false);
        problems.setCellFactory(tree -> new WrappingCell());
        problemBox = section("groups.import.problems", problems);
        HBox.setHgrow(problemBox, Priority.ALWAYS);
        perGemeente.setId("importPerGemeente");
        perGemeente.getStyleClass().add("import-per-gemeente");
        perGemeente.setHgap(12);
        perGemeente.setVgap(2);
        perGemeenteBox = section("groups.import.perGemeente.title", perGemeente);
        perGemeenteBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox overview = new HBox(16, perGemeenteBox, problemBox);
        overview.managedProperty().bind(overview.visibleProperty());
        overview.visibleProperty().bind(perGemeenteBox.visibleProperty().or(problemBox.visibleProperty()));
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
        Label readingLabel = new Label(Texts.get("groups.import.reading"));
        readingLabel.getStyleClass().add("muted");
        readingLabel.setMinWidth(Region.USE_PREF_SIZE);
        ProgressBar bar = new ProgressBar(0);
        bar.setId("importProgress");
        bar.setPrefWidth(320);
        Button stop = new Button(Texts.get("groups.import.stop"));
        stop.setId("importStop");
        stop.setMinWidth(Region.USE_PREF_SIZE);
        stop.setOnAction(e -> model.stop());
        HBox reading = new HBox(8, readingLabel, bar, stop);
        reading.setAlignment(Pos.CENTER_LEFT);
        reading.visibleProperty().bind(model.readingProperty());
        reading.managedProperty().bind(reading.visibleProperty());
        // the worker only writes a number; a timer shows it, so a large file never floods the FX thread
        Timeline poll = new Timeline(new KeyFrame(Duration.millis(150), e -> bar.setProgress(model.progress())));
        poll.setCycleCount(Animation.INDEFINITE);
        model.readingProperty().addListener((o, was, is) -> {
            if (is) {
                bar.setProgress(0);
                poll.play();
            } else {
                poll.stop();
            }
        });
        if (model.readingProperty().get()) {
            poll.play();
        }

        VBox content = new VBox(10, heading, fileLine, gemeenteRow, reading, error, summary, overview, newGroupBox,
                rows, result);
        // fits a 1366x768 screen with the dialog's title and buttons; the rows table takes what is left
        content.setPrefSize(1120, 640);
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
        // while reading, Annuleren stops it; only while writing must the officer wait
        cancelButton.disableProperty().bind(model.busyProperty().and(model.readingProperty().not()));
        dialog.setOnHidden(e -> {
            poll.stop();
            model.stop();
        });

        model.previewProperty().addListener((o, old, preview) -> refresh());
        refresh();
    }

    private static VBox section(String key, javafx.scene.Node content) {
        Label title = new Label(Texts.get(key));
        title.getStyleClass().add("import-section");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(4, title, content);
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private void refresh() {
        fileLine.setText(model.fileDescription());
        summary.setText(model.summary());
        List<ImportViewModel.ProblemKind> kinds = model.problemKinds();
        problems.getRoot().getChildren().setAll(kinds.stream().map(this::kindItem).toList());
        problemBox.setVisible(!kinds.isEmpty());
        fitProblems();
        fillPerGemeente(model.gemeenten());
        newGroups.getItems().setAll(model.newGroups());
        newGroupBox.setVisible(!model.newGroups().isEmpty());
        rows.getItems().setAll(model.lines());
    }

    private TreeItem<String> kindItem(ImportViewModel.ProblemKind kind) {
        TreeItem<String> item = new TreeItem<>(kind.summary());
        kind.details().forEach(d -> item.getChildren().add(new TreeItem<>(d)));
        // the list grows when a kind is opened, up to a limit, so its lines are read without a tiny scroll box
        item.expandedProperty().addListener((o, was, is) -> fitProblems());
        return item;
    }

    /** The problem list as tall as its visible lines (about two lines per kind when they wrap), within bounds. */
    private void fitProblems() {
        int kinds = problems.getRoot().getChildren().size();
        int visible = problems.getRoot().getChildren().stream().mapToInt(i -> 1 + (i.isExpanded() ? i.getChildren().size() : 0)).sum();
        // every kind stays in view (a long line wraps to two); the rows table below gives way
        problems.setMinHeight(Math.max(48, Math.min(200, kinds * 44 + 6)));
        problems.setPrefHeight(Math.max(48, Math.min(260, visible * 40 + 6)));
    }

    private void fillPerGemeente(List<ImportViewModel.GemeenteLine> lines) {
        perGemeente.getChildren().clear();
        perGemeenteBox.setVisible(!lines.isEmpty());
        if (lines.isEmpty()) {
            return;
        }
        String[] heads = {"groups.import.col.gemeente", "groups.import.action.ADD", "groups.import.action.CHANGE",
                "groups.import.action.UNCHANGED", "groups.import.action.DUPLICATE"};
        for (int c = 0; c < heads.length; c++) {
            perGemeente.add(cell(Texts.get(heads[c]), "import-count-head"), c, 0);
        }
        for (int r = 0; r < lines.size(); r++) {
            ImportViewModel.GemeenteLine l = lines.get(r);
            String[] values = {l.gemeente(), l.added(), l.changed(), l.unchanged(), l.duplicate()};
            for (int c = 0; c < values.length; c++) {
                perGemeente.add(cell(values[c], c == 0 ? "import-count-gemeente" : "import-count"), c, r + 1);
            }
        }
    }

    private static Label cell(String text, String style) {
        Label label = new Label(text);
        label.getStyleClass().add(style);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** A problem line wraps instead of being cut off: line numbers are what the officer needs to find the rows. */
    private static final class WrappingCell extends TreeCell<String> {
        WrappingCell() {
            setWrapText(true);
            setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (!empty && getTreeView() != null && !prefWidthProperty().isBound()) {
                prefWidthProperty().bind(getTreeView().widthProperty().subtract(60));
            }
        }
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

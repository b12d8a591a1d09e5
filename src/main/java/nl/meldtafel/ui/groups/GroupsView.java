package nl.meldtafel.ui.groups;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import nl.meldtafel.ui.common.RightsNote;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import nl.meldtafel.groups.GroupListItem;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.FileChoice;

/**
 * The register of beheerdersgroepen: search and buttons above, the groups on the left, the selected
 * group on the right. Binds and forwards only. Ctrl+F searches, Esc clears, Ctrl+N adds a group.
 */
public final class GroupsView extends BorderPane {

    static final Duration SEARCH_DELAY = Duration.millis(200);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");

    private final GroupsViewModel model;
    private final TextField search = new TextField();
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final TableView<GroupListItem> table = new TableView<>();
    private final GroupDetailView detail;
    private final Dialogs dialogs;
    private FileChoice files;

    public GroupsView(GroupsViewModel model, FileChoice files) {
        this.model = model;
        this.files = files;
        getStyleClass().addAll("content", "groups");
        dialogs = new Dialogs(this::window, this::stylesheets);
        detail = new GroupDetailView(model, dialogs);
        setTop(header());
        SplitPane split = new SplitPane(tablePane(), detail);
        split.setDividerPositions(0.55);
        split.getStyleClass().add("groups-split");
        setCenter(split);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e)) {
                e.consume();
            }
        });
        visibleProperty().addListener((o, was, visible) -> {
            if (visible) {
                model.reload(); // alerts sent meanwhile may make a group undeletable
                if (model.detailProperty().get() != null) {
                    model.select(model.detailProperty().get().group().id());
                }
            }
        });
        model.load();
    }

    /** Lets tests hand over a file instead of the platform's file dialog. */
    public void setFileChoice(FileChoice choice) {
        this.files = choice;
    }

    /** Ctrl+F, Ctrl+N and Esc; returns whether the key was handled (so the desk can forward its keys). */
    public boolean handleKey(KeyEvent event) {
        if (FIND.match(event)) {
            search.requestFocus();
            search.selectAll();
            return true;
        }
        if (NEW.match(event)) {
            addGroup();
            return true;
        }
        if (event.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
            searchDelay.stop();
            search.clear();
            model.clearSearch();
            return true;
        }
        return false;
    }

    private VBox header() {
        Label title = new Label(Texts.get("groups.title"));
        title.getStyleClass().add("title");
        Region titleSpacer = new Region();
        HBox.setHgrow(titleSpacer, Priority.ALWAYS);
        Button add = button("groupsNew", "groups.button.new", e -> addGroup());
        add.getStyleClass().add("primary");
        Button importing = button("groupsImport", "groups.button.import", e -> importFile());
        add.disableProperty().bind(model.editAllowedProperty().not());
        importing.disableProperty().bind(model.editAllowedProperty().not());
        Button export = button("groupsExport", "groups.button.export", e -> exportFile());
        HBox titleRow = new HBox(8, title, titleSpacer, add, importing, export);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        search.setId("groupsSearch");
        search.setPromptText(Texts.get("groups.search.prompt"));
        search.getStyleClass().add("groups-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        searchDelay.setOnFinished(e -> model.searchTextProperty().set(search.getText()));
        search.textProperty().addListener((o, old, text) -> searchDelay.playFromStart());
        CheckBox inactive = new CheckBox(Texts.get("groups.showInactive"));
        inactive.setId("groupsShowInactive");
        inactive.setMinWidth(Region.USE_PREF_SIZE);
        inactive.selectedProperty().bindBidirectional(model.showInactiveProperty());
        HBox filters = new HBox(12, search, inactive);
        filters.setAlignment(Pos.CENTER_LEFT);

        Label error = message("groupsError", "groups-error", model.errorProperty());
        Label notice = message("groupsNotice", "groups-notice", model.noticeProperty());
        Label rights = RightsNote.of("groupsRights", model.editRefusal(), model.editAllowedProperty());
        VBox top = new VBox(10, titleRow, rights, filters, error, notice);
        top.getStyleClass().add("groups-header");
        return top;
    }

    private static Label message(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    private static Button button(String id, String key, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button button = new Button(Texts.get(key));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(action);
        return button;
    }

    private VBox tablePane() {
        table.setId("groupsTable");
        table.setItems(model.items());
        table.getStyleClass().add("groups-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<GroupListItem, String> name = column("groups.column.name",
                i -> i.group().active() ? i.group().name() : Texts.get("groups.inactiveName", i.group().name()), 240);
        name.setMinWidth(170); // the name is what the officer looks for on the team phone
        table.getColumns().setAll(List.of(name,
                column("groups.column.wijk", i -> i.group().wijk(), 100),
                column("groups.column.gemeente", i -> i.group().gemeente(), 92),
                number("groups.column.neighbourhoods", GroupListItem::neighbourhoodGroups, 106),
                number("groups.column.administrators", GroupListItem::administrators, 92)));
        Label placeholder = new Label();
        placeholder.setId("groupsPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(GroupListItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(INACTIVE, !empty && item != null && !item.group().active());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, old, item) -> {
            if (item != null && (model.detailProperty().get() == null
                    || model.detailProperty().get().group().id() != item.group().id())) {
                model.select(item.group().id());
            }
        });
        model.items().addListener((javafx.collections.ListChangeListener<GroupListItem>) c -> reselect());
        model.detailProperty().addListener((o, old, d) -> reselect());
        VBox.setVgrow(table, Priority.ALWAYS);
        Label count = new Label();
        count.setId("groupsCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Texts.get("groups.count", model.items().size()), model.items()));
        VBox pane = new VBox(6, table, count);
        pane.setMinWidth(360);
        return pane;
    }

    /** Keeps the table's selection on the group shown on the right, also after a reload. */
    private void reselect() {
        var shown = model.detailProperty().get();
        GroupListItem selected = table.getSelectionModel().getSelectedItem();
        if (shown == null) {
            table.getSelectionModel().clearSelection();
            return;
        }
        if (selected != null && selected.group().id() == shown.group().id()) {
            return;
        }
        for (int i = 0; i < model.items().size(); i++) {
            if (model.items().get(i).group().id() == shown.group().id()) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private static TableColumn<GroupListItem, String> column(String key, Function<GroupListItem, String> value, double width) {
        TableColumn<GroupListItem, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 92)); // "Zoetermeer" and "Voorschoten" stay whole
        return column;
    }

    private static TableColumn<GroupListItem, Integer> number(String key, Function<GroupListItem, Integer> value, double width) {
        TableColumn<GroupListItem, Integer> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(width); // "Buurtgroepen" and "Beheerders" stay readable
        column.getStyleClass().add("number-column");
        return column;
    }

    private void addGroup() {
        if (!model.editAllowedProperty().get()) {
            return; // the button is disabled and the reason shown; Ctrl+N does nothing either
        }
        dialogs.edit(model, model.newGroupForm());
    }

    private void importFile() {
        files.open(window(), Texts.get("groups.import.choose")).ifPresent(path -> {
            ImportViewModel importer = model.importer();
            importer.read(path);
            new ImportDialog(importer, window(), stylesheets()).open();
        });
    }

    private void exportFile() {
        files.save(window(), Texts.get("groups.export.choose"), Texts.get("groups.export.fileName", LocalDate.now().toString()))
                .ifPresent(model::exportTo);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private List<String> stylesheets() {
        return getScene() == null ? List.of() : getScene().getStylesheets();
    }
}

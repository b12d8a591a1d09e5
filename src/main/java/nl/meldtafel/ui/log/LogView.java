package nl.meldtafel.ui.log;

import nl.meldtafel.template.DutchInput;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
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
import javafx.util.Duration;
import javafx.util.StringConverter;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.DutchFormat;
import nl.meldtafel.ui.common.FileChoice;

/**
 * The Logboek screen: search and filters above a table of the log, the selected message below.
 * Binds and forwards only. Ctrl+F searches, Esc clears the search, Enter in the table moves into
 * the message text, Ctrl+Shift+C copies it again. Copying is never on plain Enter: re-posting an old
 * alert by accident would mislead the neighbourhood groups.
 */
public final class LogView extends BorderPane {

    static final Duration SEARCH_DELAY = Duration.millis(250);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    /** Rows from the end at which the next page is fetched, so scrolling rarely reaches the bottom. */
    private static final int PREFETCH_ROWS = 15;

    private final LogViewModel model;
    private final TextField search = new TextField();
    private final PauseTransition searchDelay = new PauseTransition(SEARCH_DELAY);
    private final TableView<LogRow> table = new TableView<>();
    private final LogDetailView detail;
    private FileChoice files = FileChoice.system();

    public LogView(LogViewModel model) {
        this.model = model;
        getStyleClass().addAll("content", "log");
        detail = new LogDetailView(model);

        setTop(header());
        SplitPane split = new SplitPane(tablePane(), detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.48);
        split.getStyleClass().add("log-split");
        setCenter(split);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handleKey(e)) {
                e.consume();
            }
        });
        // Shown again (e.g. switched to from the desk's sidebar): show what was sent meanwhile.
        visibleProperty().addListener((o, was, visible) -> {
            if (visible) {
                model.reload();
            }
        });
        model.load();
    }

    /** Lets tests hand over a file instead of the platform's file dialog. */
    public void setFileChoice(FileChoice choice) {
        this.files = choice;
    }

    /** Ctrl+F, Ctrl+Shift+C and Esc; returns whether the key was handled (so a desk can forward its keys). */
    public boolean handleKey(KeyEvent event) {
        if (FIND.match(event)) {
            search.requestFocus();
            search.selectAll();
            return true;
        }
        if (COPY.match(event)) {
            model.copyAgain();
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
        Label title = new Label(Texts.get("log.title"));
        title.getStyleClass().add("title");
        Label exported = new Label();
        exported.setId("logExportNotice");
        exported.getStyleClass().add("ok-text");
        exported.textProperty().bind(model.exportNoticeProperty());
        Button export = new Button(Texts.get("log.export.button"));
        export.setId("logExport");
        export.setMinWidth(Region.USE_PREF_SIZE);
        export.setVisible(model.canExport());
        export.setManaged(model.canExport());
        export.setOnAction(e -> files.save(getScene() == null ? null : getScene().getWindow(), Texts.get("log.export.choose"),
                Texts.get("log.export.fileName", model.today().toString())).ifPresent(model::exportTo));
        Region titleSpacer = new Region();
        HBox.setHgrow(titleSpacer, Priority.ALWAYS);
        HBox titleRow = new HBox(12, title, titleSpacer, exported, export);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        search.setId("logSearch");
        search.setPromptText(Texts.get("log.search.prompt"));
        search.setText(model.searchTextProperty().get());
        search.getStyleClass().add("log-search");
        HBox.setHgrow(search, Priority.ALWAYS);
        searchDelay.setOnFinished(e -> model.searchTextProperty().set(search.getText()));
        search.textProperty().addListener((o, old, text) -> searchDelay.playFromStart());

        ComboBox<Choice<?>> kind = choices("logKind", model.kindChoices(), model.kindProperty());
        ComboBox<Choice<?>> status = choices("logStatus", model.statusChoices(), model.statusProperty());
        ComboBox<Choice<?>> officer = choices("logOfficer", model.officerChoices(), model.officerProperty());
        ComboBox<LogPeriod> period = new ComboBox<>();
        period.setId("logPeriod");
        period.getItems().setAll(LogPeriod.values());
        period.setConverter(converter(LogPeriod::label));
        period.valueProperty().bindBidirectional(model.periodProperty());
        DatePicker from = datePicker("logFrom", "log.filter.from");
        from.valueProperty().bindBidirectional(model.fromDateProperty());
        DatePicker to = datePicker("logTo", "log.filter.to");
        to.valueProperty().bindBidirectional(model.toDateProperty());

        ComboBox<Choice<?>> group = choices("logGroup", model.groupChoices(), model.groupProperty());
        ComboBox<Choice<?>> area = choices("logArea", model.areaChoices(), model.areaProperty());
        for (ComboBox<Choice<?>> box : List.of(group, area)) {
            box.setMinWidth(120);
            box.setPrefWidth(260);
        }
        period.setMinWidth(Region.USE_PREF_SIZE);
        HBox filters = new HBox(8, search, kind, status, officer);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.getStyleClass().add("log-filters");

        Label error = new Label();
        error.setId("logError");
        error.setWrapText(true);
        error.getStyleClass().add("log-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        // When and where, on a row of their own: the first row is full at 1366 px.
        Button wijken = new Button();
        wijken.setId("logWijkenToggle");
        wijken.setMinWidth(Region.USE_PREF_SIZE);
        wijken.textProperty().bind(Bindings.when(model.showingMyWijkenProperty())
                .then(Texts.get("log.wijken.showAll")).otherwise(Texts.get("log.wijken.showMine")));
        wijken.setOnAction(e -> model.toggleMyWijken());
        wijken.visibleProperty().bind(model.myWijkenProperty());
        wijken.managedProperty().bind(wijken.visibleProperty());
        HBox where = new HBox(8, period, from, to, group, area, wijken);
        where.setAlignment(Pos.CENTER_LEFT);
        where.getStyleClass().add("log-filters");

        VBox top = new VBox(10, titleRow, filters, where, overviewBanner(), error);
        top.getStyleClass().add("log-header");
        return top;
    }

    /** Shown while the table lists the alerts behind a figure of the Overzicht. */
    private HBox overviewBanner() {
        Label text = new Label();
        text.setId("logOverviewBanner");
        text.textProperty().bind(model.overviewBannerProperty());
        text.setMinWidth(0);
        Button clear = new Button(Texts.get("log.overview.clear"));
        clear.setId("logOverviewClear");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        clear.setOnAction(e -> model.clearOverview());
        HBox banner = new HBox(12, text, clear);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("log-overview-banner");
        banner.visibleProperty().bind(model.overviewBannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> ComboBox<Choice<?>> choices(String id, ObservableList<Choice<T>> items,
                                                   ObjectProperty<Choice<T>> value) {
        ComboBox<Choice<T>> box = new ComboBox<>(items);
        box.setId(id);
        box.valueProperty().bindBidirectional(value);
        box.setMinWidth(Region.USE_PREF_SIZE);
        return (ComboBox) box;
    }

    private DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(Texts.get(promptKey));
        // "dd-mm-jjjj" must fit whole: a cut-off date cannot be checked at a glance
        picker.setPrefWidth(140);
        picker.setMinWidth(Region.USE_PREF_SIZE);
        picker.setConverter(new DayConverter(model::today));
        return picker;
    }

    private VBox tablePane() {
        table.setId("logTable");
        table.setItems(model.rows());
        table.getStyleClass().add("log-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("log.column.time", LogRow::time, 128),
                column("log.column.kind", LogRow::kind, 105),
                column("log.column.summary", LogRow::summary, 360),
                column("log.column.officer", LogRow::officer, 120),
                statusColumn(),
                column("log.column.followUp", LogRow::followUp, 130)));
        Label placeholder = new Label();
        placeholder.setId("logPlaceholder");
        placeholder.setWrapText(true);
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(model.placeholderProperty());
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> new LogTableRow());
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            LogDetail shown = model.detailProperty().get();
            if (row != null && (shown == null || shown.id() != row.id())) {
                model.select(row.id());
            }
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                detail.focusText();
                e.consume();
            }
        });
        model.rows().addListener((ListChangeListener<LogRow>) c -> reselect());
        model.detailProperty().addListener((o, old, d) -> reselect());
        VBox.setVgrow(table, Priority.ALWAYS);

        Label count = new Label();
        count.setId("logCount");
        count.getStyleClass().add("muted");
        count.textProperty().bind(model.countProperty());
        Button more = new Button(Texts.get("log.more"));
        more.setId("logMore");
        more.visibleProperty().bind(model.hasMoreProperty());
        more.setOnAction(e -> model.loadMore());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, count, spacer, more);
        footer.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, table, footer);
    }

    /** Keeps the table's selection on the message shown below, also after a reload or a click in its chain. */
    private void reselect() {
        LogDetail shown = model.detailProperty().get();
        LogRow selected = table.getSelectionModel().getSelectedItem();
        if (shown == null || selected != null && selected.id() == shown.id()) {
            return;
        }
        for (int i = 0; i < model.rows().size(); i++) {
            if (model.rows().get(i).id() == shown.id()) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private static TableColumn<LogRow, String> column(String key, Function<LogRow, String> value, double width) {
        TableColumn<LogRow, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false); // the log is always newest first; sorting a loaded page would mislead
        return column;
    }

    private static TableColumn<LogRow, String> statusColumn() {
        TableColumn<LogRow, String> column = column("log.column.status", LogRow::status, 115);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                LogRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                pseudoClassStateChanged(OVERDUE, row != null && row.overdue());
            }
        });
        return column;
    }

    /** Marks overdue rows and asks for the next page when a row near the end comes into view. */
    private final class LogTableRow extends TableRow<LogRow> {
        @Override
        protected void updateItem(LogRow row, boolean empty) {
            super.updateItem(row, empty);
            pseudoClassStateChanged(OVERDUE, !empty && row != null && row.overdue());
            if (!empty && getIndex() >= model.rows().size() - PREFETCH_ROWS && model.hasMoreProperty().get()) {
                // Not during layout: appending rows while the table lays out its cells confuses it.
                Platform.runLater(model::loadMore);
            }
        }
    }

    private static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    /** Dates as the desk types them: 23-11-2026, also 23-11 (this year) or 2026-11-23. */
    private static final class DayConverter extends StringConverter<LocalDate> {
        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
        private final Supplier<LocalDate> today;

        DayConverter(Supplier<LocalDate> today) {
            this.today = today;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : DAY.format(date);
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return DutchInput.parseDate(text, today.get().getYear()).orElse(null);
        }
    }
}

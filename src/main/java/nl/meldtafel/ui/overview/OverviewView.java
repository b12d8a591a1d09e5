package nl.meldtafel.ui.overview;

import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.FileChoice;
import nl.meldtafel.ui.overview.OverviewViewModel.PeriodChoice;
import nl.meldtafel.ui.overview.OverviewViewModel.Row;
import nl.meldtafel.ui.overview.OverviewViewModel.Tile;

/**
 * The Overzicht for a teamchef: a period picker, tiles with the main figures, and tabs with charts and
 * tables. Every tile, row, bar and point opens its alerts in the Logboek.
 */
public final class OverviewView extends BorderPane {

    private final FileChoice files;

    /** Room for a two-line title, the figure and three lines of detail. */
    private static final double TILE_HEIGHT = 134;

    private final OverviewViewModel model;
    private final HBox tiles = new HBox(10);
    private final OverviewCharts charts;
    private final ToggleGroup periods = new ToggleGroup();
    // Held in fields so they live as long as the view.
    private final BooleanBinding custom;
    private final BooleanBinding showContent;

    public OverviewView(OverviewViewModel model) {
        this(model, FileChoice.system(Texts.get("files.filter.pdf"), "*.pdf", "*.PDF"));
    }

    /** @param files where "PDF opslaan…" asks for the target file; tests hand over a path */
    public OverviewView(OverviewViewModel model, FileChoice files) {
        this.files = files;
        this.model = model;
        getStyleClass().addAll("content", "overview");
        charts = new OverviewCharts(model);
        custom = model.choiceProperty().isEqualTo(PeriodChoice.CUSTOM);
        showContent = model.overviewProperty().isNotNull().and(model.emptyTextProperty().isEmpty());

        setTop(header());
        tiles.setId("overviewTiles");
        tiles.getStyleClass().add("overview-tiles");
        tiles.setMinHeight(TILE_HEIGHT);
        tiles.setMaxHeight(TILE_HEIGHT);
        TabPane tabs = new TabPane(
                tab("overviewTabCharts", "overview.tab.charts", charts),
                tab("overviewTabOfficers", "overview.tab.officers", table("overviewOfficers", model.officers(),
                        "overview.column.officer", null, true)),
                tab("overviewTabAreas", "overview.tab.areas", areas()),
                tab("overviewTabOther", "overview.tab.other", side(
                        table("overviewKinds", model.kinds(), "overview.column.kind", null, false),
                        table("overviewReasons", model.reasons(), "overview.column.reason", null, false),
                        table("overviewResponses", model.responses(), "overview.column.response", null, false))));
        tabs.setId("overviewTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox content = new VBox(12, tiles, tabs);
        content.visibleProperty().bind(showContent);

        Label empty = new Label();
        empty.setId("overviewEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.textProperty().bind(model.emptyTextProperty());
        empty.visibleProperty().bind(model.emptyTextProperty().isNotEmpty());
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        setCenter(new StackPane(content, empty));

        model.tiles().addListener((javafx.collections.ListChangeListener<Tile>) c -> showTiles());
        model.overviewProperty().addListener((o, old, overview) -> {
            if (overview != null) {
                charts.show(overview);
            }
        });
        // Shown again: figures such as "nu te laat" move with the clock.
        visibleProperty().addListener((o, was, visible) -> {
            if (visible) {
                model.load();
            }
        });
    }

    private VBox header() {
        Label title = new Label(model.title());
        title.getStyleClass().add("title");
        HBox buttons = new HBox();
        buttons.getStyleClass().add("overview-periods");
        for (PeriodChoice c : PeriodChoice.values()) {
            ToggleButton b = new ToggleButton(c.label());
            b.setId("overviewPeriod-" + c.name());
            b.setUserData(c);
            b.setToggleGroup(periods);
            b.setMinWidth(Region.USE_PREF_SIZE);
            buttons.getChildren().add(b);
        }
        selectToggle(model.choiceProperty().get());
        periods.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one period is always chosen
            } else {
                model.choiceProperty().set((PeriodChoice) now.getUserData());
            }
        });
        model.choiceProperty().addListener((o, old, now) -> selectToggle(now));

        DatePicker from = datePicker("overviewFrom", "overview.from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = datePicker("overviewTo", "overview.to");
        to.valueProperty().bindBidirectional(model.toProperty());
        Label dash = new Label(Texts.get("overview.until"));
        HBox dates = new HBox(6, from, dash, to);
        dates.setAlignment(Pos.CENTER_LEFT);
        dates.visibleProperty().bind(custom);
        dates.managedProperty().bind(custom);

        Label period = new Label();
        period.setId("overviewPeriodText");
        period.getStyleClass().add("overview-period-text");
        period.textProperty().bind(model.periodTextProperty());
        period.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("overviewProgress");
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.loadingProperty());
        Button refresh = new Button(Texts.get("overview.refresh"));
        refresh.setId("overviewRefresh");
        refresh.setOnAction(e -> model.load());
        refresh.setMinWidth(Region.USE_PREF_SIZE);
        Button pdf = new Button(Texts.get("overview.pdf.button"));
        pdf.setId("overviewPdf");
        pdf.setMinWidth(Region.USE_PREF_SIZE);
        pdf.disableProperty().bind(model.overviewProperty().isNull().or(model.savingPdfProperty()).or(model.loadingProperty())
                .or(model.reportAllowedProperty().not()));
        pdf.setOnAction(e -> files.save(getScene() == null ? null : getScene().getWindow(), Texts.get("overview.pdf.title"),
                model.suggestedPdfName()).ifPresent(model::savePdf));
        Label pdfNotice = new Label();
        pdfNotice.setId("overviewPdfNotice");
        pdfNotice.getStyleClass().add("muted");
        pdfNotice.textProperty().bind(Bindings.when(model.reportAllowedProperty()).then(model.pdfNoticeProperty())
                .otherwise(model.reportRefusal()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox titleRow = new HBox(16, title, period, progress, spacer, pdfNotice, pdf, refresh);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        HBox pickerRow = new HBox(12, buttons, dates);
        pickerRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("overviewError");
        error.setWrapText(true);
        error.getStyleClass().add("log-error");
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        VBox top = new VBox(10, titleRow, pickerRow, error);
        top.getStyleClass().add("overview-header");
        return top;
    }

    private void selectToggle(PeriodChoice choice) {
        periods.getToggles().stream().filter(t -> t.getUserData() == choice).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private static DatePicker datePicker(String id, String promptKey) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(Texts.get(promptKey));
        picker.setPrefWidth(140);
        return picker;
    }

    private static Tab tab(String id, String key, javafx.scene.Node content) {
        Tab tab = new Tab(Texts.get(key), content);
        tab.setId(id);
        return tab;
    }

    /** Above each other at full width: group names are long ("Buurtpreventie Den Haag-Segbroek"). */
    private VBox areas() {
        TableView<Row> wijken = table("overviewWijken", model.wijken(), "overview.column.wijk", "overview.column.gemeente", true);
        TableView<Row> groups = table("overviewGroups", model.groups(), "overview.column.group", "overview.column.area", true);
        VBox.setVgrow(wijken, Priority.ALWAYS);
        VBox.setVgrow(groups, Priority.ALWAYS);
        wijken.setPrefHeight(160);
        groups.setPrefHeight(220);
        VBox box = new VBox(10, wijken, groups);
        box.getStyleClass().add("overview-side");
        return box;
    }

    private static HBox side(Region... parts) {
        HBox box = new HBox(12, parts);
        for (Region r : parts) {
            HBox.setHgrow(r, Priority.ALWAYS);
            r.setPrefWidth(300);
        }
        box.getStyleClass().add("overview-side");
        return box;
    }

    private void showTiles() {
        tiles.getChildren().setAll(model.tiles().stream().map(this::tile).toList());
    }

    private Button tile(Tile t) {
        Label title = new Label(t.title());
        title.getStyleClass().add("overview-tile-title");
        title.setWrapText(true);
        Label value = new Label(t.value());
        value.getStyleClass().add("overview-tile-value");
        value.setId(t.id() + "Value");
        Label detail = new Label(t.detail());
        detail.getStyleClass().add("overview-tile-detail");
        detail.setWrapText(true);
        VBox box = new VBox(2, title, value, detail);
        Button b = new Button();
        b.setId(t.id());
        b.setGraphic(box);
        b.getStyleClass().add("overview-tile");
        b.setMaxWidth(Double.MAX_VALUE);
        // a fixed height: wrapped labels inside a button report a pref height far taller than they need
        b.setMinHeight(TILE_HEIGHT);
        b.setPrefHeight(TILE_HEIGHT);
        b.setMaxHeight(TILE_HEIGHT);
        b.setMinWidth(0);
        b.setPrefWidth(150);
        b.setAlignment(Pos.TOP_LEFT);
        b.setOnAction(e -> model.open(t));
        b.setAccessibleText(t.title() + ": " + t.value() + ". " + t.detail());
        HBox.setHgrow(b, Priority.ALWAYS);
        return b;
    }

    /** A table of rows; {@code full} adds the follow-up columns of the per-officer, wijk and group tables. */
    private TableView<Row> table(String id, ObservableList<Row> rows, String nameKey, String contextKey, boolean full) {
        TableView<Row> table = new TableView<>(rows);
        table.setId(id);
        table.getStyleClass().add("overview-table");
        // the name takes what the fixed-width figures leave
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().add(column(nameKey, Row::name, 220));
        if (contextKey != null) {
            table.getColumns().add(column(contextKey, Row::context, 130));
        }
        table.getColumns().add(fixed(column("overview.column.count", r -> String.valueOf(r.count()), 80)));
        if (full) {
            table.getColumns().add(fixed(column("overview.column.followUp", Row::followUp, 120)));
            table.getColumns().add(fixed(column("overview.column.median", Row::median, 100)));
        }
        Label placeholder = new Label(Texts.get("overview.table.empty"));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);
        table.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() == 1) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            Row selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                model.open(selected);
                e.consume();
            }
        });
        table.setTooltip(new javafx.scene.control.Tooltip(Texts.get("overview.table.hint")));
        return table;
    }

    private static TableColumn<Row, String> fixed(TableColumn<Row, String> c) {
        c.setMinWidth(c.getPrefWidth());
        c.setMaxWidth(c.getPrefWidth() + 40);
        return c;
    }

    private static TableColumn<Row, String> column(String key, Function<Row, String> value, double width) {
        TableColumn<Row, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}

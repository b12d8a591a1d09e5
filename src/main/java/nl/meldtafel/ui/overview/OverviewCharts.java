package nl.meldtafel.ui.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Duration;
import javafx.util.StringConverter;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.stats.Figure;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.template.MessageKind;

/**
 * The three charts: alerts per week stacked by kind, the distribution of the time to follow-up and
 * the follow-up rate per week. Each bar and point shows its value on hover and opens its alerts on a click.
 */
final class OverviewCharts extends HBox {

    private final OverviewViewModel model;
    private final CategoryAxis weekAxis = new CategoryAxis();
    private final NumberAxis countAxis = new NumberAxis();
    private final StackedBarChart<String, Number> perWeek = new StackedBarChart<>(weekAxis, countAxis);
    // horizontal, so the time spans are read as written instead of being skipped or rotated
    private final NumberAxis bucketCountAxis = new NumberAxis();
    private final CategoryAxis bucketAxis = new CategoryAxis();
    private final BarChart<Number, String> distribution = new BarChart<>(bucketCountAxis, bucketAxis);
    private final CategoryAxis rateWeekAxis = new CategoryAxis();
    private final NumberAxis rateAxis = new NumberAxis(0, 100, 20);
    private final LineChart<String, Number> rate = new LineChart<>(rateWeekAxis, rateAxis);

    OverviewCharts(OverviewViewModel model) {
        super(12);
        this.model = model;
        getStyleClass().add("overview-charts");
        chart(perWeek, "overviewChartWeeks", "overview.chart.weeks", weekAxis, "overview.axis.week", countAxis, "overview.axis.alerts");
        chart(distribution, "overviewChartTimes", "overview.chart.times", bucketCountAxis, "overview.axis.alerts", bucketAxis,
                "overview.axis.time");
        chart(rate, "overviewChartRate", "overview.chart.rate", rateWeekAxis, "overview.axis.week", rateAxis, "overview.axis.percent");
        perWeek.setCategoryGap(24);
        distribution.setCategoryGap(8);
        distribution.setLegendVisible(false);
        rate.setLegendVisible(false);
        rateAxis.setAutoRanging(false);
        rateAxis.setMinorTickVisible(false);
        rateAxis.setTickLabelFormatter(integers("%"));
        getChildren().addAll(perWeek, distribution, rate);
    }

    private static void chart(XYChart<?, ?> chart, String id, String titleKey, javafx.scene.chart.Axis<?> x, String xKey,
                              javafx.scene.chart.Axis<?> y, String yKey) {
        chart.setId(id);
        chart.setTitle(Texts.get(titleKey));
        chart.setAnimated(false);
        chart.setMinWidth(0);
        chart.setPrefWidth(360);
        chart.setMinHeight(220);
        x.setLabel(Texts.get(xKey));
        x.setAnimated(false);
        y.setLabel(Texts.get(yKey));
        y.setAnimated(false);
        HBox.setHgrow(chart, Priority.ALWAYS);
    }

    void show(Overview o) {
        List<String> weeks = o.weeks().stream().map(OverviewFormat::week).toList();

        // categories first: a stacked bar chart places bars by its axis' category list
        weekAxis.setCategories(FXCollections.observableArrayList(weeks));
        List<XYChart.Series<String, Number>> kinds = new ArrayList<>();
        int highest = 0;
        for (MessageKind k : MessageKind.values()) {
            if (o.kind(k).isEmpty()) {
                continue;
            }
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(k.label());
            for (Overview.Week w : o.weeks()) {
                Figure f = w.kind(k);
                XYChart.Data<String, Number> d = new XYChart.Data<>(OverviewFormat.week(w), f.count());
                series.getData().add(d);
                String caption = Texts.get("overview.caption.kindWeek", k.label(), w.number());
                decorate(d, Texts.get("overview.tip.kindWeek", k.label(), w.number(), f.count()), caption, f);
            }
            kinds.add(series);
        }
        for (Overview.Week w : o.weeks()) {
            highest = Math.max(highest, w.perKind().values().stream().mapToInt(Figure::count).sum());
        }
        integerAxis(countAxis, highest);
        perWeek.getData().setAll(kinds);

        // categories come from the data (a list set after the chart was shown draws no labels); a vertical
        // category axis runs bottom-up, so the longest time goes first and the shortest ends on top
        List<Overview.Bucket> longestFirst = new ArrayList<>(o.timeToFollowUp());
        java.util.Collections.reverse(longestFirst);
        XYChart.Series<Number, String> buckets = new XYChart.Series<>();
        buckets.setName(Texts.get("overview.series.followedUp"));
        int most = 0;
        for (Overview.Bucket b : longestFirst) {
            XYChart.Data<Number, String> d = new XYChart.Data<>(b.alerts().count(), OverviewFormat.bucket(b));
            buckets.getData().add(d);
            most = Math.max(most, b.alerts().count());
            decorate(d, Texts.get("overview.tip.bucket", OverviewFormat.bucket(b), b.alerts().count()),
                    Texts.get("overview.caption.bucket", OverviewFormat.bucket(b)), b.alerts());
        }
        integerAxis(bucketCountAxis, most);
        distribution.getData().setAll(List.of(buckets));

        XYChart.Series<String, Number> rates = new XYChart.Series<>();
        rates.setName(Texts.get("overview.series.rate"));
        for (Overview.Week w : o.weeks()) {
            if (w.followUp().percent().isEmpty()) {
                continue; // nothing needed a follow-up that week: no point rather than a false 0%
            }
            XYChart.Data<String, Number> d = new XYChart.Data<>(OverviewFormat.week(w), w.followUp().percent().getAsInt());
            rates.getData().add(d);
            decorate(d, Texts.get("overview.tip.rate", w.number(), OverviewFormat.rate(w.followUp())),
                    Texts.get("overview.caption.needingWeek", w.number()), w.followUp().whole());
        }
        rate.getData().setAll(List.of(rates));
    }

    /** Whole numbers from 0, about five ticks: a count of alerts has no halves. */
    private static void integerAxis(NumberAxis axis, int highest) {
        int step = Math.max(1, (int) Math.ceil(highest / 5.0));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setUpperBound(Math.max(step * 5, step * (int) Math.ceil((highest + 0.5) / step)));
        axis.setTickUnit(step);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(integers(""));
    }

    private static StringConverter<Number> integers(String suffix) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Math.round(n.doubleValue()) + suffix;
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace(suffix, "").strip());
            }
        };
    }

    private void decorate(XYChart.Data<?, ?> d, String tip, String caption, Figure figure) {
        Consumer<Node> apply = node -> {
            Tooltip tooltip = new Tooltip(tip);
            tooltip.setShowDelay(Duration.millis(150));
            Tooltip.install(node, tooltip);
            node.getStyleClass().add("overview-clickable");
            node.setCursor(Cursor.HAND);
            node.setOnMouseClicked(e -> model.open(caption, figure));
        };
        if (d.getNode() != null) {
            apply.accept(d.getNode());
        }
        d.nodeProperty().addListener((o, old, node) -> {
            if (node != null) {
                apply.accept(node);
            }
        });
    }
}

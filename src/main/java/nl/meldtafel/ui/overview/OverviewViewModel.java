package nl.meldtafel.ui.overview;

import nl.meldtafel.ui.common.StorageErrors;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.export.AtomicFile;
import java.util.Optional;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.report.OverviewPdf;
import nl.meldtafel.report.ReportText;
import nl.meldtafel.stats.Figure;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.Period;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;

/**
 * The Overzicht's behaviour: the period picker, loading the figures off the FX thread (a result for an
 * older choice is dropped), the figures in words, and opening the alerts behind any figure in the Logboek.
 */
public final class OverviewViewModel {

    /** The periods of the picker. */
    public enum PeriodChoice {
        THIS_WEEK, LAST_WEEK, THIS_MONTH, CUSTOM;

        public String label() {
            return switch (this) {
                case THIS_WEEK -> Texts.get("overview.period.thisWeek");
                case LAST_WEEK -> Texts.get("overview.period.lastWeek");
                case THIS_MONTH -> Texts.get("overview.period.thisMonth");
                case CUSTOM -> Texts.get("overview.period.custom");
            };
        }
    }

    /** A figure on a tile: what it counts, its value, a line of context, and the alerts behind it. */
    public record Tile(String id, String title, String value, String detail, Figure figure, String caption) {
    }

    /** A row of a table (per officer, wijk, group, kind, reason or result) and the alerts behind it. */
    public record Row(String name, String context, int count, String followUp, String median, Figure figure, String caption) {
    }

    private final javafx.beans.property.BooleanProperty reportAllowed =
            new javafx.beans.property.SimpleBooleanProperty(this, "reportAllowed", true);
    private final TaskRunner runner;
    private final Function<Period, Overview> source;
    private final Clock clock;
    private final ZoneId zone;

    private final ObjectProperty<PeriodChoice> choice = new SimpleObjectProperty<>(this, "choice", PeriodChoice.THIS_WEEK);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper periodText = new ReadOnlyStringWrapper(this, "periodText", "");
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(this, "emptyText", "");
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(this, "overview");
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Row> officers = FXCollections.observableArrayList();
    private final ObservableList<Row> wijken = FXCollections.observableArrayList();
    private final ObservableList<Row> groups = FXCollections.observableArrayList();
    private final ObservableList<Row> kinds = FXCollections.observableArrayList();
    private final ObservableList<Row> reasons = FXCollections.observableArrayList();
    private final ObservableList<Row> responses = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper pdfNotice = new ReadOnlyStringWrapper(this, "pdfNotice", "");
    private final ReadOnlyBooleanWrapper savingPdf = new ReadOnlyBooleanWrapper(this, "savingPdf");

    private BiConsumer<String, List<Long>> opener = (caption, ids) -> { };
    private long generation;
    private boolean adjusting;

    /** @param source computes the overview of a period; blocking, so it runs through {@code runner} */
    private String title = Texts.get("overview.title");
    private String whose = "";

    /**
     * Names whose figures these are on a server with several teams: "Overzicht – team Noord", or the
     * whole unit. A desk's own file is one team and keeps the plain title.
     */
    /** The figures are for every reader; the PDF for the team meeting only when {@code allowed} (a teamchef). */
    public OverviewViewModel useReportRights(javafx.beans.value.ObservableBooleanValue allowed) {
        reportAllowed.bind(allowed);
        return this;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty reportAllowedProperty() {
        return reportAllowed;
    }

    /** Why the PDF cannot be made here, shown beside its button when it cannot. */
    public String reportRefusal() {
        return nl.meldtafel.ui.common.StorageErrors.notAllowed(nl.meldtafel.alert.Permission.REPORTS);
    }

    public OverviewViewModel showing(Optional<TeamScope> scope) {
        whose = ReportText.whose(scope);
        if (!whose.isEmpty()) {
            title = Texts.get("overview.title.whose", whose);
        }
        return this;
    }

    public String title() {
        return title;
    }

    public OverviewViewModel(TaskRunner runner, Function<Period, Overview> source, Clock clock, ZoneId zone) {
        this.runner = runner;
        this.source = source;
        this.clock = clock;
        this.zone = zone;
        choice.addListener((o, old, now) -> choiceChanged());
        from.addListener(o -> datesChanged());
        to.addListener(o -> datesChanged());
    }

    /** Where a clicked figure goes: the Logboek, showing exactly those alerts. */
    public void setOpener(BiConsumer<String, List<Long>> open) {
        this.opener = open;
    }

    /** The period now chosen; a custom one with a missing or reversed date falls back to this week. */
    public Period period() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return switch (choice.get() == null ? PeriodChoice.THIS_WEEK : choice.get()) {
            case THIS_WEEK -> Period.weekOf(today, zone);
            case LAST_WEEK -> Period.weekOf(today.minusWeeks(1), zone);
            case THIS_MONTH -> Period.monthOf(today, zone);
            case CUSTOM -> new Period(from.get(), to.get(), zone);
        };
    }

    /** A file name for the shown period, e.g. "meldtafel-overzicht-2026-11-16-2026-11-22.pdf". */
    public String suggestedPdfName() {
        Overview shown = overview.get();
        Period p = shown == null ? period() : shown.period();
        return "meldtafel-overzicht-" + p.first() + "-" + p.last() + ".pdf";
    }

    /** Writes the shown figures as the meeting's PDF report, off the FX thread; never half a file. */
    public void savePdf(Path target) {
        if (!reportAllowed.get()) {
            return; // the button is disabled with the reason beside it
        }
        Overview shown = overview.get();
        if (shown == null || savingPdf.get()) {
            return;
        }
        savingPdf.set(true);
        pdfNotice.set(Texts.get("overview.pdf.saving"));
        runner.run(() -> {
            AtomicFile.write(target, out -> {
                new OverviewPdf(whose).write(shown, out);
                return null;
            });
            return target;
        }, written -> {
            savingPdf.set(false);
            pdfNotice.set(Texts.get("overview.pdf.saved", written.getFileName().toString()));
        }, e -> {
            savingPdf.set(false);
            pdfNotice.set(Texts.get("overview.pdf.error", StorageErrors.describe(e)));
        });
    }

    public ReadOnlyStringProperty pdfNoticeProperty() {
        return pdfNotice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingPdfProperty() {
        return savingPdf.getReadOnlyProperty();
    }

    /** (Re)computes the figures for the chosen period. */
    public void load() {
        String problem = customProblem();
        if (problem != null) {
            ++generation;
            error.set(problem);
            loading.set(false);
            return;
        }
        Period p = period();
        long gen = ++generation;
        loading.set(true);
        error.set("");
        periodText.set(OverviewFormat.period(p));
        runner.run(() -> source.apply(p), loaded -> {
            if (gen == generation) {
                loading.set(false);
                show(loaded);
            }
        }, e -> {
            if (gen == generation) {
                loading.set(false);
                error.set(Texts.get("overview.error.load", StorageErrors.describe(e)));
            }
        });
    }

    private String customProblem() {
        if (choice.get() != PeriodChoice.CUSTOM) {
            return null;
        }
        if (from.get() == null || to.get() == null) {
            return Texts.get("overview.error.dates");
        }
        if (to.get().isBefore(from.get())) {
            return Texts.get("overview.error.reversed");
        }
        if (from.get().plusDays(Period.MAX_DAYS).isBefore(to.get())) {
            return Texts.get("overview.error.tooLong", Period.MAX_DAYS);
        }
        return null;
    }

    private void choiceChanged() {
        if (choice.get() == null) {
            choice.set(PeriodChoice.THIS_WEEK);
            return;
        }
        if (choice.get() == PeriodChoice.CUSTOM && (from.get() == null || to.get() == null)) {
            // start a custom period from what was shown, so only one date needs changing
            Overview shown = overview.get();
            Period base = shown != null ? shown.period() : Period.weekOf(LocalDate.ofInstant(clock.instant(), zone), zone);
            adjusting = true;
            if (from.get() == null) {
                from.set(base.first());
            }
            if (to.get() == null) {
                to.set(to.get() == null && from.get().isAfter(base.last()) ? from.get() : base.last());
            }
            adjusting = false;
        }
        load();
    }

    private void datesChanged() {
        if (adjusting) {
            return;
        }
        if (choice.get() != PeriodChoice.CUSTOM) {
            choice.set(PeriodChoice.CUSTOM);
        } else {
            load();
        }
    }

    private void show(Overview o) {
        String period = OverviewFormat.period(o.period());
        emptyText.set(o.isEmpty() ? Texts.get("overview.empty", period) : "");
        tiles.setAll(tiles(o));
        officers.setAll(rows(o.perOfficer(), "overview.caption.officer"));
        wijken.setAll(rows(o.perWijk(), "overview.caption.wijk"));
        groups.setAll(rows(o.perGroup(), "overview.caption.group"));
        List<Row> kindRows = new ArrayList<>();
        for (MessageKind k : MessageKind.values()) {
            if (!o.kind(k).isEmpty()) {
                kindRows.add(simple(k.label(), o.kind(k), Texts.get("overview.caption.kind", k.label())));
            }
        }
        kinds.setAll(kindRows);
        reasons.setAll(o.reasons().stream().map(r -> {
            String reason = r.reason() == null ? Texts.get("overview.reason.redacted") : r.reason();
            return simple(reason, r.alerts(), Texts.get("overview.caption.reason", reason));
        }).toList());
        List<Row> responseRows = new ArrayList<>();
        Overview.Responses rs = o.responses();
        responseRows.add(simple(Texts.get("overview.response.recorded"), rs.recorded(), Texts.get("overview.response.recorded")));
        responseRows.add(simple(Texts.get("overview.response.withCalls"), rs.withCalls(), Texts.get("overview.response.withCalls")));
        for (ResponseResult r : ResponseResult.values()) {
            String label = OverviewFormat.result(r);
            responseRows.add(simple(label, rs.result(r), Texts.get("overview.caption.result", label)));
        }
        responses.setAll(responseRows);
        overview.set(o);
    }

    private static List<Tile> tiles(Overview o) {
        Overview.Responses rs = o.responses();
        String topReason = o.reasons().isEmpty() ? Texts.get("overview.tile.noReasons")
                : Texts.get("overview.tile.topReason", o.reasons().get(0).reason() == null
                        ? Texts.get("overview.reason.redacted") : o.reasons().get(0).reason(), o.reasons().get(0).alerts().count());
        return List.of(
                new Tile("tileSent", Texts.get("overview.tile.sent"), String.valueOf(o.sent().count()),
                        Texts.get("overview.tile.sent.detail", o.needingFollowUp().count()), o.sent(),
                        Texts.get("overview.tile.sent")),
                new Tile("tileFollowUp", Texts.get("overview.tile.followUp"), OverviewFormat.percent(o.followUp()),
                        o.needingFollowUp().isEmpty() ? Texts.get("overview.tile.followUp.none")
                                : Texts.get("overview.tile.followUp.detail", o.followedUp().count(), o.needingFollowUp().count()),
                        o.needingFollowUp(), Texts.get("overview.caption.needing")),
                new Tile("tileTime", Texts.get("overview.tile.time"), OverviewFormat.duration(o.medianTimeToFollowUp().orElse(null)),
                        o.p90TimeToFollowUp().map(p -> Texts.get("overview.tile.time.detail", OverviewFormat.duration(p)))
                                .orElse(Texts.get("overview.tile.time.none")),
                        o.followedUp(), Texts.get("overview.caption.followedUp")),
                new Tile("tileOverdue", Texts.get("overview.tile.overdue"), String.valueOf(o.overdueNow().count()),
                        Texts.get("overview.tile.overdue.detail", o.open().count()), o.overdueNow(), Texts.get("overview.tile.overdue")),
                new Tile("tileClosed", Texts.get("overview.tile.closed"), String.valueOf(o.closedWithoutMessage().count()),
                        topReason, o.closedWithoutMessage(), Texts.get("overview.tile.closed")),
                new Tile("tileCalls", Texts.get("overview.tile.calls"), String.valueOf(rs.withCalls().count()),
                        Texts.get("overview.tile.calls.detail", rs.calls112(), rs.calls0900()), rs.withCalls(),
                        Texts.get("overview.tile.calls")),
                new Tile("tileResult", Texts.get("overview.tile.result"), String.valueOf(rs.contributed().count()),
                        resultDetail(rs),
                        rs.contributed(), Texts.get("overview.tile.result")));
    }

    /** Every result with a count, so the parts add up to the tile's figure ("1 aanhouding · 2 andere resultaten"). */
    private static String resultDetail(Overview.Responses rs) {
        List<String> parts = new ArrayList<>();
        int arrests = rs.result(ResponseResult.AANHOUDING).count();
        int found = rs.result(ResponseResult.PERSOON_AANGETROFFEN).count();
        int other = rs.result(ResponseResult.ANDERS).count();
        if (arrests > 0) {
            parts.add(Texts.get("overview.tile.result.arrests", arrests));
        }
        if (found > 0) {
            parts.add(Texts.get("overview.tile.result.found", found));
        }
        if (other > 0) {
            parts.add(Texts.get("overview.tile.result.other", other));
        }
        return parts.isEmpty() ? Texts.get("overview.tile.result.none") : String.join(" \u00b7 ", parts);
    }

    private static List<Row> rows(List<Overview.Breakdown> breakdowns, String captionKey) {
        return breakdowns.stream().map(b -> {
            String name = !b.name().isEmpty() ? b.name()
                    : b.context().isEmpty() ? Texts.get("overview.noWijk") : Texts.get("overview.wholeGemeente");
            return new Row(name, b.context(), b.sent().count(), OverviewFormat.rate(b.followUp()),
                    OverviewFormat.duration(b.median().orElse(null)), b.sent(), Texts.get(captionKey, name));
        }).toList();
    }

    private static Row simple(String name, Figure f, String caption) {
        return new Row(name, "", f.count(), "", "", f, caption);
    }

    /** Opens the Logboek with exactly the alerts behind a figure, named with the period. */
    public void open(String caption, Figure figure) {
        opener.accept(Texts.get("overview.caption", caption, periodText.get()), figure.ids());
    }

    public void open(Tile tile) {
        open(tile.caption(), tile.figure());
    }

    public void open(Row row) {
        open(row.caption(), row.figure());
    }

    public ObjectProperty<PeriodChoice> choiceProperty() {
        return choice;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "16 t/m 22 november 2026". */
    public ReadOnlyStringProperty periodTextProperty() {
        return periodText.getReadOnlyProperty();
    }

    /** What the screen says when nothing was sent in the period; empty otherwise. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<Row> officers() {
        return officers;
    }

    public ObservableList<Row> wijken() {
        return wijken;
    }

    public ObservableList<Row> groups() {
        return groups;
    }

    public ObservableList<Row> kinds() {
        return kinds;
    }

    public ObservableList<Row> reasons() {
        return reasons;
    }

    public ObservableList<Row> responses() {
        return responses;
    }
}

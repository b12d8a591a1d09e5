package nl.meldtafel.report;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.i18n.DurationText;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.stats.Period;
import nl.meldtafel.stats.Rate;

/** The Dutch wording of periods, dates, durations and rates in a report. */
public final class ReportText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Texts.locale());
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Texts.locale());
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.locale());
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", Texts.locale());
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Texts.locale());

    private ReportText() {
    }

    /**
     * Whose figures these are, on a server with several teams: "team Noord", or "hele eenheid" when every
     * team is shown; "" for a desk's own log (one team) or a log not open yet.
     */
    public static String whose(Optional<TeamScope> scope) {
        return scope.filter(t -> t.known() && (t.wholeUnit() || t.severalTeams()))
                .map(t -> t.wholeUnit() ? Texts.get("overview.whose.unit") : Texts.get("overview.whose.team", t.team().name()))
                .orElse("");
    }

    /**
     * "week 47, 16 t/m 22 november 2026" for a whole ISO week, else "1 t/m 30 november 2026",
     * "28 oktober t/m 3 november 2026" or "16 november 2026" for one day.
     */
    public static String period(Period p) {
        String days = days(p.first(), p.last());
        LocalDate monday = p.first().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.equals(p.first()) && p.last().equals(monday.plusDays(6))) {
            return Texts.get("report.period.week", Period.weekNumber(monday), days);
        }
        return days;
    }

    private static String days(LocalDate first, LocalDate last) {
        if (first.equals(last)) {
            return FULL.format(first);
        }
        if (first.getYear() != last.getYear()) {
            return Texts.get("report.period.range", FULL.format(first), FULL.format(last));
        }
        if (first.getMonth() != last.getMonth()) {
            return Texts.get("report.period.range", DAY_MONTH.format(first), FULL.format(last));
        }
        return Texts.get("report.period.range", DAY.format(first), FULL.format(last));
    }

    /** "23 november 2026 om 10.15 uur" in the period's zone. */
    public static String moment(Instant t, Period p) {
        ZonedDateTime local = t.atZone(p.zone());
        return Texts.get("report.moment", FULL.format(local), TIME.format(local));
    }

    /** "16 nov", under a week's number on a chart axis. */
    public static String shortDate(LocalDate day) {
        return SHORT.format(day).replace(".", "");
    }

    /** "42 min", "2 u 5 min", "3 d 4 u"; a dash when there is none. */
    public static String duration(Optional<Duration> d) {
        return d.map(DurationText::of).orElseGet(() -> Texts.get("log.none"));
    }

    /** A count as Dutch write it: "1.026". */
    public static String count(long n) {
        return Texts.get("report.count", n);
    }

    /** "83%", or a dash when nothing needed counting. */
    public static String percent(Rate r) {
        return r.percent().isPresent() ? Texts.get("report.percent", r.percent().getAsInt()) : Texts.get("log.none");
    }

    /** "10 van 12". */
    public static String partOfWhole(Rate r) {
        return Texts.get("report.partOfWhole", r.part().count(), r.whole().count());
    }
}

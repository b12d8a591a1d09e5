package nl.meldtafel.ui.log;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import nl.meldtafel.i18n.Texts;

/** The period filter's presets; {@link #CUSTOM} takes its days from the date pickers. */
public enum LogPeriod {
    ALL("log.period.all"),
    TODAY("log.period.today"),
    THIS_WEEK("log.period.week"),
    THIS_MONTH("log.period.month"),
    CUSTOM("log.period.custom");

    private final String key;

    LogPeriod(String key) {
        this.key = key;
    }

    public String label() {
        return Texts.get(key);
    }

    /** A half-open range of instants; either end null means unbounded. */
    record Range(Instant from, Instant to) {
        static final Range ALL = new Range(null, null);
    }

    /**
     * The range this period covers on {@code today} in {@code zone}. Weeks start on Monday, as on a
     * Dutch calendar; the custom days are both inclusive.
     */
    Range range(LocalDate today, ZoneId zone, LocalDate customFrom, LocalDate customTo) {
        return switch (this) {
            case ALL -> Range.ALL;
            case TODAY -> days(today, today, zone);
            case THIS_WEEK -> days(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today, zone);
            case THIS_MONTH -> days(today.withDayOfMonth(1), today, zone);
            case CUSTOM -> days(customFrom, customTo, zone);
        };
    }

    private static Range days(LocalDate first, LocalDate last, ZoneId zone) {
        return new Range(first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }
}

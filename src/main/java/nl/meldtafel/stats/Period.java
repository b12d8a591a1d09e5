package nl.meldtafel.stats;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whole days {@code first} to {@code last} (inclusive) at the desk, in {@code zone}. The instants
 * follow the local midnights, so a week with a DST change is 167 or 169 hours long.
 */
public record Period(LocalDate first, LocalDate last, ZoneId zone) {

    /** The longest period one overview reads: a year of alerts still fits in memory as facts. */
    public static final int MAX_DAYS = 400;

    public Period {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        Objects.requireNonNull(zone, "zone");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("a period spans at most " + MAX_DAYS + " days");
        }
    }

    /** Monday to Sunday of the week holding {@code today}. */
    public static Period weekOf(LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6), zone);
    }

    public static Period monthOf(LocalDate today, ZoneId zone) {
        return new Period(today.withDayOfMonth(1), today.with(TemporalAdjusters.lastDayOfMonth()), zone);
    }

    /** The first instant of the period (local midnight of {@code first}). */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (exclusive end). */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant t) {
        return !t.isBefore(start()) && t.isBefore(end());
    }

    /** The Mondays of the ISO weeks the period touches, in order. */
    public List<LocalDate> weekStarts() {
        List<LocalDate> mondays = new ArrayList<>();
        for (LocalDate m = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !m.isAfter(last); m = m.plusWeeks(1)) {
            mondays.add(m);
        }
        return mondays;
    }

    /** The ISO week number of a day, e.g. 47. */
    public static int weekNumber(LocalDate day) {
        return day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}

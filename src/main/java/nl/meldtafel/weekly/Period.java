package nl.meldtafel.weekly;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days an overview covers, both inclusive, in Dutch local time (the desk and the groups are in the
 * Netherlands whatever the PC's zone is set to).
 */
public record Period(LocalDate from, LocalDate to) {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    /** A longer overview is no longer a periodic overview, and would read the whole log. */
    public static final int MAX_DAYS = 366;

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Period ends before it starts: " + from + " to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("Period is longer than " + MAX_DAYS + " days");
        }
    }

    /** Monday to Sunday of the week before the one {@code today} falls in. */
    public static Period previousWeek(LocalDate today) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return new Period(monday, monday.plusDays(6));
    }

    public Instant start() {
        return from.atStartOfDay(ZONE).toInstant();
    }

    /** The first moment after the period: midnight after {@code to}. */
    public Instant endExclusive() {
        return to.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    /** Exactly one ISO week, Monday to Sunday. */
    public boolean isWholeWeek() {
        return from.getDayOfWeek() == DayOfWeek.MONDAY && to.equals(from.plusDays(6));
    }

    public int weekNumber() {
        return from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}

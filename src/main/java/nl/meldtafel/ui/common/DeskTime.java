package nl.meldtafel.ui.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** A moment as the desk's sentences name it: "14.35" today, "3-12 14.35" this year, else with the year. */
public final class DeskTime {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d-M HH.mm");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH.mm");

    private DeskTime() {
    }

    public static String at(Instant instant, LocalDate today, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        if (local.toLocalDate().equals(today)) {
            return TIME.format(local);
        }
        return (local.getYear() == today.getYear() ? DAY_TIME : DATE_TIME).format(local);
    }
}

package nl.meldtafel.template;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The times and dates an officer may type in a field: what a template accepts. Here, not with the
 * message wording, so checking a template never needs the renderer.
 */
public final class DutchInput {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[.:uh]\\s*(\\d{2})(\\s*uur)?|(\\d{2})(\\d{2})|(\\d{1,2})(\\s*uur)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?");

    private DutchInput() {
    }

    public static boolean isNow(String value) {
        return value.equalsIgnoreCase("now") || value.equalsIgnoreCase("nu");
    }

    public static boolean isToday(String value) {
        return value.equalsIgnoreCase("today") || value.equalsIgnoreCase("vandaag");
    }

    /** Accepts 14.32, 14:32, 1432, 14u32, "14.32 uur" and "14 uur". */
    public static Optional<LocalTime> parseTime(String text) {
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String hour = m.group(1) != null ? m.group(1) : m.group(4) != null ? m.group(4) : m.group(6);
        String minute = m.group(2) != null ? m.group(2) : m.group(5) != null ? m.group(5) : "00";
        int h = Integer.parseInt(hour);
        int min = Integer.parseInt(minute);
        if (h > 23 || min > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(h, min));
    }

    /** Accepts 2026-11-23, 23-11-2026, 23/11/26 and 23-11 (in {@code currentYear}). */
    public static Optional<LocalDate> parseDate(String text, int currentYear) {
        String s = text.strip();
        try {
            Matcher iso = ISO_DATE.matcher(s);
            if (iso.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
            }
            Matcher nl = DUTCH_DATE.matcher(s);
            if (nl.matches()) {
                int year = currentYear;
                if (nl.group(3) != null) {
                    year = Integer.parseInt(nl.group(3));
                    if (year < 100) {
                        year += 2000;
                    }
                }
                return Optional.of(LocalDate.of(year, Integer.parseInt(nl.group(2)), Integer.parseInt(nl.group(1))));
            }
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}

package nl.meldtafel.message;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.meldtafel.template.DutchInput;

/** Times, dates and licence plates the way Dutch police messages write them. */
public final class DutchFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DATE_TEXT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_NO_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);

    private DutchFormat() {
    }

    /** "14.32 uur" */
    public static String formatTime(LocalTime time) {
        return String.format(Locale.ROOT, "%02d.%02d uur", time.getHour(), time.getMinute());
    }

    /** "maandag 23 november 2026" */
    public static String formatDate(LocalDate date) {
        return DATE_TEXT.format(date);
    }

    /** "maandag 23 november", with the year only when it is not {@code currentYear}. */
    public static String formatDate(LocalDate date, int currentYear) {
        return date.getYear() == currentYear ? DATE_NO_YEAR.format(date) : DATE_TEXT.format(date);
    }

    /**
     * A day as an officer gives it: "vandaag", "gisteren", "eergisteren", a weekday ("vrijdag", also
     * "afgelopen vrijdag") or a date ("20-11"), written as a message says it: "vandaag", "vrijdag",
     * "vrijdag 20 november". Empty when it is none of these.
     */
    public static Optional<String> day(String text, LocalDate today) {
        String s = text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (s.equals("vandaag") || s.equals("today")) {
            return Optional.of("vandaag");
        }
        if (s.equals("gisteren") || s.equals("eergisteren")) {
            return Optional.of(s);
        }
        String weekday = s.replaceFirst("^(afgelopen|vorige) ", "");
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            if (d.getDisplayName(java.time.format.TextStyle.FULL, DUTCH).equals(weekday)) {
                return Optional.of(weekday);
            }
        }
        return DutchInput.parseDate(s, today.getYear()).filter(d -> !d.isAfter(today)).map(d -> formatDate(d, today.getYear()));
    }

    /** A time span as the desk reads it: "40 minuten" up to 90 minutes, then hours: "ruim 12 uur", "bijna 2 uur". */
    public static String age(java.time.Duration age) {
        long minutes = age.toMinutes();
        if (minutes <= 90) {
            return nl.meldtafel.i18n.Texts.get("render.age.minutes", minutes);
        }
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (rest == 0) {
            return nl.meldtafel.i18n.Texts.get("render.age.hours", hours);
        }
        return rest < 30 ? nl.meldtafel.i18n.Texts.get("render.age.moreThanHours", hours)
                : nl.meldtafel.i18n.Texts.get("render.age.almostHours", hours + 1);
    }

    /**
     * Upper-cases a plate and, when it is six letters and digits in a Dutch side-code pattern,
     * writes the dashes where they belong (D123BC becomes D-123-BC). Anything else, such as a
     * foreign plate, keeps its own spelling.
     */
    public static String normalisePlate(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        String compact = upper.replaceAll("[\\s\\-.]", "");
        if (!compact.matches("[A-Z0-9]{6}")) {
            return upper.replaceAll("\\s+", " ");
        }
        List<String> groups = splitLettersAndDigits(compact);
        if (groups.size() == 2) {
            groups = splitFourInTwo(groups);
        }
        if (groups.size() != 3) {
            return upper;
        }
        return String.join("-", groups);
    }

    private static List<String> splitLettersAndDigits(String compact) {
        List<String> groups = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : compact.toCharArray()) {
            if (!current.isEmpty() && Character.isDigit(c) != Character.isDigit(current.charAt(current.length() - 1))) {
                groups.add(current.toString());
                current.setLength(0);
            }
            current.append(c);
        }
        groups.add(current.toString());
        return groups;
    }

    /** Side-codes 1 to 6 are 2-2-2: a run of four letters or digits splits in the middle. */
    private static List<String> splitFourInTwo(List<String> groups) {
        String a = groups.get(0);
        String b = groups.get(1);
        if (a.length() == 2 && b.length() == 4) {
            return List.of(a, b.substring(0, 2), b.substring(2));
        }
        if (a.length() == 4 && b.length() == 2) {
            return List.of(a.substring(0, 2), a.substring(2), b);
        }
        return groups;
    }
}

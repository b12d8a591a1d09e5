package nl.meldtafel.message;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Times, dates and licence plates the way Dutch police messages write them. */
public final class DutchFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*[.:uh]\\s*(\\d{2})(\\s*uur)?|(\\d{2})(\\d{2})|(\\d{1,2})(\\s*uur)");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DUTCH_DATE = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})(?:[-/.](\\d{2}|\\d{4}))?");
    private static final DateTimeFormatter DATE_TEXT = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DATE_NO_YEAR = DateTimeFormatter.ofPattern("EEEE d MMMM", DUTCH);

    private DutchFormat() {
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

    /** "14.32 uur" */
    public static String formatTime(LocalTime time) {
        return String.format(Locale.ROOT, "%02d.%02d uur", time.getHour(), time.getMinute());
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
        return parseDate(s, today.getYear()).filter(d -> !d.isAfter(today)).map(d -> formatDate(d, today.getYear()));
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

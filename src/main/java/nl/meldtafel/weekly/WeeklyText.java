package nl.meldtafel.weekly;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.MessageKind;

/**
 * Writes the overview in Dutch from a {@link Tally}: a sentence with the number sent per kind, then one
 * line per kind and outcome. Only counts and fixed wording keyed by kind and outcome go in; the tally
 * holds nothing else, so no name, plate or description can.
 */
public final class WeeklyText {

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Texts.locale());
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Texts.locale());
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", Texts.locale());
    private static final String BULLET = "- ";

    private WeeklyText() {
    }

    /** {@code today} tells whether the period is "vorige week", for the text of an empty period. */
    public static WeeklyOverview write(Tally tally, Period period, LocalDate today) {
        return new WeeklyOverview(periode(period, today.getYear()), overzicht(tally, period, today), Texts.get("weekly.thanks"));
    }

    /** "week 47 (16 t/m 22 november 2026)", or the dates alone when the period is not one whole week. */
    public static String periode(Period period) {
        String dates = dates(period);
        return period.isWholeWeek() ? Texts.get("weekly.periode.week", String.valueOf(period.weekNumber()), dates) : dates;
    }

    /** As {@link #periode(Period)}, without the year when the whole period lies in {@code currentYear}: "week 47 (16 t/m 22 november)". */
    public static String periode(Period period, int currentYear) {
        boolean thisYear = period.from().getYear() == currentYear && period.to().getYear() == currentYear;
        String dates = thisYear ? dates(period, DAY_MONTH) : dates(period);
        return period.isWholeWeek() ? Texts.get("weekly.periode.week", String.valueOf(period.weekNumber()), dates) : dates;
    }

    private static String dates(Period period) {
        return dates(period, DAY_MONTH_YEAR);
    }

    private static String dates(Period period, DateTimeFormatter last) {
        LocalDate from = period.from();
        LocalDate to = period.to();
        if (from.equals(to)) {
            return last.format(from);
        }
        DateTimeFormatter start = from.getYear() != to.getYear() ? DAY_MONTH_YEAR
                : from.getMonth() != to.getMonth() ? DAY_MONTH : DAY;
        return Texts.get("weekly.periode.range", start.format(from), last.format(to));
    }

    static String overzicht(Tally tally, Period period, LocalDate today) {
        if (tally.totalSent() == 0) {
            return Texts.get(period.equals(Period.previousWeek(today)) ? "weekly.empty.previousWeek" : "weekly.empty.period");
        }
        List<String> lines = new ArrayList<>();
        lines.add(sentSentence(tally));
        List<String> outcomes = outcomeLines(tally);
        if (!outcomes.isEmpty()) {
            lines.add(Texts.get("weekly.outcomes"));
            outcomes.forEach(line -> lines.add(BULLET + line));
        }
        if (tally.open() > 0) {
            lines.add(capitalise(Texts.get(tally.open() == 1 ? "weekly.open.one" : "weekly.open.many", numberWord(tally.open()))));
        }
        return String.join("\n", lines);
    }

    /** "Er gingen 5 berichten uit: 3 heterdaadberichten, 1 vermissing en 1 getuigenoproep." */
    private static String sentSentence(Tally tally) {
        Map<MessageKind, Integer> sent = tally.sent();
        if (sent.size() == 1) {
            Map.Entry<MessageKind, Integer> only = sent.entrySet().iterator().next();
            return Texts.get(only.getValue() == 1 ? "weekly.sent.oneKind.one" : "weekly.sent.oneKind.many",
                    String.valueOf(only.getValue()), noun(only.getKey(), only.getValue()));
        }
        List<String> parts = sent.entrySet().stream().map(e -> e.getValue() + " " + noun(e.getKey(), e.getValue())).toList();
        return Texts.get("weekly.sent.many", String.valueOf(tally.totalSent()), list(parts));
    }

    private static List<String> outcomeLines(Tally tally) {
        List<String> lines = new ArrayList<>();
        for (MessageKind kind : tally.sent().keySet()) {
            for (Outcome outcome : Outcome.values()) {
                int n = tally.outcome(kind, outcome);
                if (n > 0) {
                    lines.add(outcomeSentence(kind, outcome, n));
                }
            }
        }
        return lines;
    }

    /** A wording for this kind and outcome when there is one (a vermissing is "teruggevonden"), else the general one. */
    private static String outcomeSentence(MessageKind kind, Outcome outcome, int n) {
        String number = n == 1 ? "one" : "many";
        String specific = "weekly.outcome." + kind.jsonName() + "." + outcome.key() + "." + number;
        String key = Texts.bundle().containsKey(specific) ? specific : "weekly.outcome." + outcome.key() + "." + number;
        return capitalise(Texts.get(key, numberWord(n), noun(kind, n)));
    }

    private static String noun(MessageKind kind, int n) {
        String key = "weekly.kind." + kind.jsonName() + (n == 1 ? ".one" : ".many");
        return Texts.get(key);
    }

    /** Digits, also for small counts: "Een" at a sentence start reads as "één" or as the article (issue 17). */
    static String numberWord(int n) {
        return String.valueOf(n);
    }

    private static String list(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return Texts.get("weekly.list.and", String.join(", ", parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1));
    }

    private static String capitalise(String sentence) {
        return sentence.isEmpty() ? sentence : sentence.substring(0, 1).toUpperCase(Locale.ROOT) + sentence.substring(1);
    }
}

package nl.meldtafel.ui.overview;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.i18n.DurationText;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.OverviewCalculator;
import nl.meldtafel.stats.Period;
import nl.meldtafel.stats.Rate;
import nl.meldtafel.template.MessageKind;

/** How the Overzicht writes its figures, in the officers' words. */
public final class OverviewFormat {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", DUTCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d", DUTCH);

    private OverviewFormat() {
    }

    /** "16 t/m 22 november 2026", "26 oktober t/m 1 november 2026", "3 maart 2026". */
    public static String period(Period p) {
        LocalDate first = p.first();
        LocalDate last = p.last();
        if (first.equals(last)) {
            return DAY_MONTH_YEAR.format(first);
        }
        DateTimeFormatter start = first.getYear() != last.getYear() ? DAY_MONTH_YEAR
                : first.getMonth() != last.getMonth() ? DAY_MONTH : DAY;
        return Texts.get("overview.period.range", start.format(first), DAY_MONTH_YEAR.format(last));
    }

    /** "42 min", "2 u 5 min", "1 d 3 u", or a dash. */
    public static String duration(Duration d) {
        return d == null ? Texts.get("overview.none") : DurationText.of(d);
    }

    /** "55%" or a dash when nothing needed a follow-up. */
    public static String percent(Rate r) {
        return r.percent().isPresent() ? Texts.get("overview.percent", r.percent().getAsInt()) : Texts.get("overview.none");
    }

    /** "6 van 11 (55%)", or a dash. */
    public static String rate(Rate r) {
        return r.whole().isEmpty() ? Texts.get("overview.none")
                : Texts.get("overview.rate", r.part().count(), r.whole().count(), r.percent().getAsInt());
    }

    public static String result(ResponseResult r) {
        return switch (r) {
            case GEEN -> Texts.get("response.result.GEEN");
            case AANHOUDING -> Texts.get("response.result.AANHOUDING");
            case PERSOON_AANGETROFFEN -> Texts.get("response.result.PERSOON_AANGETROFFEN");
            case ANDERS -> Texts.get("response.result.ANDERS");
        };
    }

    /** "wk 47". */
    public static String week(Overview.Week w) {
        return Texts.get("overview.week", w.number());
    }

    /** "< 15 min", "1-2 uur", "1 dag of meer": the edges of {@link OverviewCalculator#BUCKET_EDGES}. */
    public static String bucket(Overview.Bucket b) {
        return switch (OverviewCalculator.BUCKET_EDGES.indexOf(b.from())) {
            case 0 -> Texts.get("overview.bucket.0");
            case 1 -> Texts.get("overview.bucket.1");
            case 2 -> Texts.get("overview.bucket.2");
            case 3 -> Texts.get("overview.bucket.3");
            case 4 -> Texts.get("overview.bucket.4");
            case 5 -> Texts.get("overview.bucket.5");
            default -> Texts.get("overview.bucket.6");
        };
    }
}

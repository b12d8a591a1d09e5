package nl.meldtafel.i18n;

import java.time.Duration;

/** The one way the desk writes a duration: "42 min", "2 u 5 min", "2 u", "1 d 3 u". */
public final class DurationText {

    private DurationText() {
    }

    /** Rounded down to whole minutes; a negative duration counts as none. */
    public static String of(Duration d) {
        long minutes = Math.max(0, d.toMinutes());
        if (minutes < 60) {
            return Texts.get("duration.minutes", minutes);
        }
        if (minutes < 24 * 60) {
            return minutes % 60 == 0 ? Texts.get("duration.wholeHours", minutes / 60)
                    : Texts.get("duration.hours", minutes / 60, minutes % 60);
        }
        return Texts.get("duration.days", minutes / (24 * 60), minutes / 60 % 24);
    }
}

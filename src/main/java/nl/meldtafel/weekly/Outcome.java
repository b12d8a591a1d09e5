package nl.meldtafel.weekly;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How an alert ended, as far as an overview may tell: the afloopbericht's fixed choices, "anders" for
 * anything typed freely, and "afgerond" when there is no outcome to read (closed with a reason, or
 * the afloopbericht's values were removed for privacy).
 */
public enum Outcome {
    ARRESTED("arrested"),
    FOUND("found"),
    NO_RESULT("noResult"),
    NO_OFFENCE("noOffence"),
    OTHER("other"),
    CLOSED("closed");

    private final String key;

    Outcome(String key) {
        this.key = key;
    }

    /** The part of the text key for this outcome's sentence. */
    String key() {
        return key;
    }

    /** The afloopbericht's {@code uitkomst}; free entries never reach the text, they only count as OTHER. */
    public static Outcome ofUitkomst(String uitkomst) {
        if (uitkomst == null || uitkomst.isBlank()) {
            return CLOSED;
        }
        String choice = Normalizer.normalize(uitkomst, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ")
                .toLowerCase(Locale.ROOT);
        return switch (choice) {
            case "aangehouden" -> ARRESTED;
            case "persoon aangetroffen" -> FOUND;
            case "actie beëindigd zonder resultaat" -> NO_RESULT;
            case "geen strafbaar feit" -> NO_OFFENCE;
            default -> OTHER;
        };
    }
}

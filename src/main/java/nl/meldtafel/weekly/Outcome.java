package nl.meldtafel.weekly;

import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.template.MessageKind;

/**
 * How an alert ended, as far as an overview may tell: the afloopbericht's fixed choices, "anders" for
 * anything typed freely, and "afgerond" when there is no outcome (closed with a reason, or closed
 * before the outcome was kept on the alert and its afloopbericht's values were already removed).
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

    /** As {@link #of(AlertOutcome)}, but an outcome that cannot end this kind (a heterdaad "aangetroffen", logged before) is OTHER. */
    public static Outcome of(AlertOutcome outcome, MessageKind kind) {
        return outcome != null && !outcome.fits(kind) ? OTHER : of(outcome);
    }

    /** The outcome kept on the closed alert; none (closed with a reason, or logged before it was kept) is CLOSED. */
    public static Outcome of(AlertOutcome outcome) {
        if (outcome == null) {
            return CLOSED;
        }
        return switch (outcome) {
            case AANGEHOUDEN -> ARRESTED;
            case PERSOON_AANGETROFFEN -> FOUND;
            case ZONDER_RESULTAAT -> NO_RESULT;
            case GEEN_STRAFBAAR_FEIT -> NO_OFFENCE;
            case ANDERS -> OTHER;
        };
    }
}

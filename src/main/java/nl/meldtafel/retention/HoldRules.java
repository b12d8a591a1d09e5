package nl.meldtafel.retention;

import java.time.LocalDate;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.TextChecks;

/** What a hold asks of its reason, its end and its alert, checked before anything is kept. */
public final class HoldRules {

    private HoldRules() {
    }

    /** The reason as kept: stripped, required, well-formed and at most {@link RetentionService#MAX_REASON_LENGTH}. */
    public static String checkedReason(String reason) {
        String clean = TextChecks.requireNonBlank("hold reason", reason).strip();
        TextChecks.requireWellFormed("hold reason", clean);
        if (clean.length() > RetentionService.MAX_REASON_LENGTH) {
            throw new IllegalArgumentException("The hold reason is longer than " + RetentionService.MAX_REASON_LENGTH + " characters");
        }
        return clean;
    }

    public static void requireEndAfter(LocalDate until, LocalDate today) {
        if (until == null || !until.isAfter(today)) {
            throw new IllegalArgumentException("A hold must end after today");
        }
    }

    /** Only a sent alert whose content is still there can be kept. */
    public static void requireKeepable(Alert a) {
        if (a.status() == AlertStatus.PENDING) {
            throw new IllegalStateException("Alert " + a.id() + " was not sent; there is nothing to keep");
        }
        if (a.isRedacted()) {
            throw new IllegalStateException("The content of alert " + a.id() + " was already removed");
        }
    }
}

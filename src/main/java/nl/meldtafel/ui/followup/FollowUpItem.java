package nl.meldtafel.ui.followup;

import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.i18n.DurationText;
import nl.meldtafel.i18n.Texts;

/**
 * One row of the Opvolging list, with its texts ready for display.
 *
 * @param overdue  the follow-up is due or past due
 * @param whenText "Verstuurd om 14.32" (or when it was copied, for an unconfirmed one)
 * @param dueText  "Afloop verwacht om 15.32", "Te laat sinds 15.32", or empty
 */
public record FollowUpItem(AlertRow row, String kindText, boolean overdue, String whenText, String dueText) {

    /** "Later (15 min)", or "Later (2 u)" for a reminder that repeats every 2 hours. */
    public String laterText() {
        return Texts.get("prompt.later", DurationText.of(FollowUpRules.putOff(row.repeat())));
    }

    public long id() {
        return row.id();
    }
}

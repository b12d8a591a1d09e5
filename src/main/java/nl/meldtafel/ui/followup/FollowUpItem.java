package nl.meldtafel.ui.followup;

import nl.meldtafel.alert.AlertRow;

/**
 * One row of the Opvolging list, with its texts ready for display.
 *
 * @param overdue  the follow-up is due or past due
 * @param whenText "Verstuurd om 14.32" (or when it was copied, for an unconfirmed one)
 * @param dueText  "Afloop verwacht om 15.32", "Te laat sinds 15.32", or empty
 */
public record FollowUpItem(AlertRow row, String kindText, boolean overdue, String whenText, String dueText) {

    public long id() {
        return row.id();
    }
}

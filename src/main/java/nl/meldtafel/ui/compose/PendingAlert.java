package nl.meldtafel.ui.compose;

import java.time.Instant;

/**
 * A message that left Meldtafel but whose posting the officer has not confirmed yet.
 *
 * @param sender the officer who copied it; a colleague's alert must be confirmed knowingly
 */
public record PendingAlert(long id, String templateId, String title, String text, Instant copiedAt, String sender) {
}

package nl.meldtafel.ui.compose;

import java.time.Instant;

/** A message that left Meldtafel but whose posting the officer has not confirmed yet. */
public record PendingAlert(long id, String templateId, String title, String text, Instant copiedAt) {
}

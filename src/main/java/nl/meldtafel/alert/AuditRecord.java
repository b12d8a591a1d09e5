package nl.meldtafel.alert;

import java.time.Instant;

/**
 * An audit entry before it gets its place in the chain.
 *
 * @param details     non-personal facts as canonical JSON, kept even after a redaction
 * @param contentHash salted hash of the personal content (values and text, or a close reason)
 */
public record AuditRecord(AuditEvent event, long alertId, Instant at, long officerId, String osAccount,
                          String details, String contentHash) {
}

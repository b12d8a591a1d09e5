package nl.meldtafel.alert;

import java.time.Instant;

/**
 * An audit entry before it gets its place in the chain.
 *
 * @param alertId     the alert it is about, 0 for officer and register events
 * @param officerId   the acting officer, 0 when not known (register edits before sign-in)
 * @param details     non-personal facts as canonical JSON, kept even after a redaction
 * @param contentHash salted hash of the personal content (values and text, or a close reason)
 * @param form        1 for entries written before schema 11, 2 since: form 2 also hashes the fields below
 * @param subjectId   what else it is about: the group ticked or changed, the officer added or renamed
 * @param actorName   the acting officer's name as it was then (form 2)
 * @param actorNumber the acting officer's personnel number as it was then (form 2)
 */
public record AuditRecord(AuditEvent event, long alertId, Instant at, long officerId, String osAccount,
                          String details, String contentHash, int form, long subjectId, String actorName,
                          String actorNumber) {

    public static final int CURRENT_FORM = 2;

    /** An entry of the first form, as logs before schema 11 hold them. */
    public AuditRecord(AuditEvent event, long alertId, Instant at, long officerId, String osAccount, String details,
                       String contentHash) {
        this(event, alertId, at, officerId, osAccount, details, contentHash, 1, 0, null, null);
    }

    /** An entry of the current form, by an officer whose name and number it keeps. */
    static AuditRecord of(AuditEvent event, long alertId, long subjectId, Instant at, Actor actor, String details,
                          String contentHash) {
        Officer o = actor.officer();
        return new AuditRecord(event, alertId, at, o.id(), actor.osAccount(), details, contentHash, CURRENT_FORM,
                subjectId, o.name(), o.personnelNumber());
    }

    /** An entry of the current form whose officer is not known: only the OS account is kept. */
    static AuditRecord anonymous(AuditEvent event, long alertId, long subjectId, Instant at, String osAccount,
                                 String details, String contentHash) {
        return new AuditRecord(event, alertId, at, 0, osAccount, details, contentHash, CURRENT_FORM, subjectId, null, null);
    }
}

package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/** The append-only, hash-chained record of sent alerts and closings. */
public interface AuditLog {

    /** Adds the record after the current head; call inside the transaction that made the change. */
    AuditEntry append(AuditRecord record);

    Optional<ChainHead> head();

    /** The hash of entry {@code seq}, if there is one. */
    Optional<String> hashAt(long seq);

    /** The form of the last entry, 0 for an empty chain. */
    int headForm();

    /** Entries with a sequence number above {@code seq}, in order, at most {@code limit}. */
    List<AuditEntry> entriesAfter(long seq, int limit);

    /** Sent or closed alerts that lack the entry for it, e.g. because entries were removed. */
    List<MissingEntry> missingEntries();

    /** An alert whose sending or closing has no audit entry. */
    record MissingEntry(long alertId, AuditEvent event) {
    }
}

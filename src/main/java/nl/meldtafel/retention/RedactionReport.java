package nl.meldtafel.retention;

import java.time.Instant;
import java.util.List;

/**
 * What one redaction run did. A run redacts in batches, each its own transaction with its own chain
 * entry; the report keeps the batches, not the ids, so a first run over a million alerts stays small.
 *
 * @param batches         the batches that redacted something, in order
 * @param heldAlerts      alerts under a hold in force
 * @param draftsDeleted   abandoned drafts removed
 * @param backupsRemoved  backups removed because they were too old or still held removed content
 * @param backupRefreshed a fresh backup made to replace those
 * @param fileCleared     false when another program kept reading the database past the checkpoint's
 *                        patience: removed content may then remain in the database file and its
 *                        write-ahead log until the next run
 * @param finished        false when the run was stopped (the desk closed) before it went through the whole
 *                        log: what it did is kept, and the next run goes on with the rest
 */
public record RedactionReport(List<Batch> batches, int heldAlerts, int draftsDeleted, List<String> backupsRemoved,
                              boolean backupRefreshed, boolean fileCleared, boolean finished) {

    /**
     * One transaction of a run: {@code count} alerts with ids from {@code firstId} to {@code lastId}, all
     * redacted at {@code at} (the chain entry finds them by it).
     */
    public record Batch(Instant at, int count, long firstId, long lastId) {
    }

    public RedactionReport {
        batches = List.copyOf(batches);
        backupsRemoved = List.copyOf(backupsRemoved);
    }

    /** Alerts whose values, text and close reason were removed. */
    public long count() {
        return batches.stream().mapToLong(Batch::count).sum();
    }
}

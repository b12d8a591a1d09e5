package nl.meldtafel.retention;

import java.time.Instant;
import java.util.List;

/**
 * What one redaction run did.
 *
 * @param redactedIds     alerts whose values, text and close reason were removed, ascending
 * @param heldAlerts      alerts under a hold in force
 * @param draftsDeleted   abandoned drafts removed
 * @param backupsRemoved  backups removed because they were too old or still held removed content
 * @param backupRefreshed a fresh backup made to replace those
 * @param fileCleared     false when another program kept reading the database past the checkpoint's
 *                        patience: removed content may then remain in the database file and its
 *                        write-ahead log until the next run
 */
public record RedactionReport(Instant at, List<Long> redactedIds, int heldAlerts, int draftsDeleted,
                              List<String> backupsRemoved, boolean backupRefreshed, boolean fileCleared) {

    public RedactionReport {
        redactedIds = List.copyOf(redactedIds);
        backupsRemoved = List.copyOf(backupsRemoved);
    }

    /** A run whose checkpoint got through. */
    public RedactionReport(Instant at, List<Long> redactedIds, int heldAlerts, int draftsDeleted,
                           List<String> backupsRemoved, boolean backupRefreshed) {
        this(at, redactedIds, heldAlerts, draftsDeleted, backupsRemoved, backupRefreshed, true);
    }

    public int count() {
        return redactedIds.size();
    }
}

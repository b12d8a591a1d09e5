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
 */
public record RedactionReport(Instant at, List<Long> redactedIds, int heldAlerts, int draftsDeleted,
                              List<String> backupsRemoved, boolean backupRefreshed) {

    public RedactionReport {
        redactedIds = List.copyOf(redactedIds);
        backupsRemoved = List.copyOf(backupsRemoved);
    }

    public int count() {
        return redactedIds.size();
    }
}

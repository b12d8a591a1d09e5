package nl.meldtafel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * Which entries of the send queue are in the log already (schema V9). Called inside the transaction
 * that records the entry, so an entry and its key are committed together or not at all.
 */
public final class QueuedSends {

    private final Database db;

    QueuedSends(Database db) {
        this.db = db;
    }

    /** The alert recorded for this queue entry, if it was. */
    public Optional<Long> alertOf(String key) {
        return db.read("Could not read the send queue's progress", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_id FROM queued_send WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    public void remember(String key, long alertId, Instant at) {
        db.write("Could not record the send queue's progress", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO queued_send (key, alert_id, recorded_at) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setLong(2, alertId);
                ps.setLong(3, at.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }
}

package nl.meldtafel.store;

import nl.meldtafel.alert.QueuedSendRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** The send queue's keys in SQLite (schema V9). */
final class SqliteQueuedSends implements QueuedSendRepository {

    private final Database db;

    SqliteQueuedSends(Database db) {
        this.db = db;
    }

    @Override
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

    @Override
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

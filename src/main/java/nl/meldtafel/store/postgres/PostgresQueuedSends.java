package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.QueuedSendRepository;

/** The send queue's keys on the server: recorded in the same transaction as their alert. */
final class PostgresQueuedSends implements QueuedSendRepository {

    private final PgTransactor tx;

    PostgresQueuedSends(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Long> alertOf(String key) {
        return tx.run("Could not read the send queue's progress", c -> {
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
        tx.run("Could not record the send queue's progress", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO queued_send (key, alert_id, recorded_at) VALUES (?, ?, ?)")) {
                ps.setString(1, key);
                ps.setLong(2, alertId);
                ps.setLong(3, at.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }
}

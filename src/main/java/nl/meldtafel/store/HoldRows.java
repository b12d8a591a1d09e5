package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The SQL of lifting a hold, the same on both backends; each backend runs it in its own transaction. */
public final class HoldRows {

    private HoldRows() {
    }

    /** Lifts hold {@code holdId}; returns the alert it kept, for the chain entry. */
    public static long lift(Connection c, long holdId, long officerId, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE retention_hold SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL RETURNING alert_id")) {
            ps.setLong(1, at.toEpochMilli());
            ps.setLong(2, officerId);
            ps.setLong(3, holdId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("Hold " + holdId + " does not exist or was already lifted");
                }
                return rs.getLong(1);
            }
        }
    }
}

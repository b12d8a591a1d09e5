package nl.meldtafel.store;

import java.sql.Connection;
import java.util.List;
import java.util.ArrayList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.ResponseResult;

/** The SQL of {@code alert_response}, the same on both backends; each backend runs it in its own transaction. */
public final class ResponseRows {

    private ResponseRows() {
    }

    public static Optional<AlertResponse> find(Connection c, long alertId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT r.calls_112, r.calls_0900, r.result, r.recorded_at, "
                + "r.officer_id, o.name, r.version FROM alert_response r JOIN officer o ON o.id = r.officer_id WHERE r.alert_id = ?")) {
            ps.setLong(1, alertId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new AlertResponse(rs.getInt(1), rs.getInt(2), ResponseResult.valueOf(rs.getString(3)),
                                Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5), rs.getString(6), rs.getLong(7)))
                        : Optional.empty();
            }
        }
    }

    public static java.util.Set<Long> recordedAmong(Connection c, java.util.Collection<Long> alertIds) throws SQLException {
        java.util.Set<Long> recorded = new java.util.HashSet<>();
        if (alertIds.isEmpty()) {
            return recorded;
        }
        String marks = String.join(", ", java.util.Collections.nCopies(alertIds.size(), "?"));
        try (PreparedStatement ps = c.prepareStatement("SELECT alert_id FROM alert_response WHERE alert_id IN (" + marks + ")")) {
            int i = 1;
            for (long id : alertIds) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    recorded.add(rs.getLong(1));
                }
            }
        }
        return recorded;
    }

    /**
     * Writes the first response (basedOn 0) or the next version of it; a row that is there already, or no
     * longer at {@code basedOn}, is left alone: on a server the second of two desks waits for the first and
     * then finds nothing to write.
     *
     * @return whether it was written
     */
    public static boolean save(Connection c, long alertId, long basedOn, int calls112, int calls0900, ResponseResult result,
                               Instant at, Actor actor) throws SQLException {
        String sql = basedOn == 0
                ? "INSERT INTO alert_response (calls_112, calls_0900, result, recorded_at, officer_id, os_account, alert_id) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (alert_id) DO NOTHING"
                : "UPDATE alert_response SET calls_112 = ?, calls_0900 = ?, result = ?, recorded_at = ?, officer_id = ?, "
                        + "os_account = ?, version = version + 1 WHERE alert_id = ? AND version = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, calls112);
            ps.setInt(2, calls0900);
            ps.setString(3, result.name());
            ps.setLong(4, at.toEpochMilli());
            ps.setLong(5, actor.officer().id());
            ps.setString(6, actor.osAccount());
            ps.setLong(7, alertId);
            if (basedOn != 0) {
                ps.setLong(8, basedOn);
            }
            return ps.executeUpdate() == 1;
        }
    }

    /** See {@link nl.meldtafel.alert.ChainFacts#loggedResponses}. */
    public static List<ChainFacts.LoggedResponse> logged(Connection c, long afterAlertId, int limit) throws SQLException {
        List<ChainFacts.LoggedResponse> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.alert_id, e.details, r.calls_112, r.calls_0900, r.result, "
                + "r.recorded_at, r.officer_id, r.version FROM audit_entry e LEFT JOIN alert_response r ON r.alert_id = e.alert_id "
                + "WHERE e.event = 'RESPONSE' AND e.alert_id > ? AND e.seq = (SELECT max(x.seq) FROM audit_entry x "
                + "WHERE x.alert_id = e.alert_id AND x.event = 'RESPONSE') ORDER BY e.alert_id LIMIT ?")) {
            ps.setLong(1, afterAlertId);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AlertResponse now = rs.getString(5) == null ? null : new AlertResponse(rs.getInt(3), rs.getInt(4),
                            ResponseResult.valueOf(rs.getString(5)), Instant.ofEpochMilli(rs.getLong(6)), rs.getLong(7), null,
                            rs.getLong(8));
                    found.add(new ChainFacts.LoggedResponse(rs.getLong(1), rs.getString(2), now));
                }
            }
        }
        return found;
    }
}

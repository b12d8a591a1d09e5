package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ResponseRepository;
import nl.meldtafel.alert.ResponseResult;

/** Responses in {@code alert_response}; the schema refuses one for an unsent alert. */
final class PostgresResponseRepository implements ResponseRepository {

    private final PgTransactor tx;

    PostgresResponseRepository(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public Optional<AlertResponse> find(long alertId) {
        return tx.run("Could not load the response of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.calls_112, r.calls_0900, r.result, r.recorded_at, "
                    + "r.officer_id, o.name FROM alert_response r JOIN officer o ON o.id = r.officer_id WHERE r.alert_id = ?")) {
                ps.setLong(1, alertId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new AlertResponse(rs.getInt(1), rs.getInt(2), ResponseResult.valueOf(rs.getString(3)),
                                    Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5), rs.getString(6)))
                            : Optional.<AlertResponse>empty();
                }
            }
        });
    }

    @Override
    public void save(long alertId, int calls112, int calls0900, ResponseResult result, Instant at, Actor actor) {
        tx.run("Could not record the response of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_response (alert_id, calls_112, calls_0900, "
                    + "result, recorded_at, officer_id, os_account) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (alert_id) DO UPDATE SET calls_112 = excluded.calls_112, calls_0900 = excluded.calls_0900, "
                    + "result = excluded.result, recorded_at = excluded.recorded_at, officer_id = excluded.officer_id, "
                    + "os_account = excluded.os_account")) {
                ps.setLong(1, alertId);
                ps.setInt(2, calls112);
                ps.setInt(3, calls0900);
                ps.setString(4, result.name());
                ps.setLong(5, at.toEpochMilli());
                ps.setLong(6, actor.officer().id());
                ps.setString(7, actor.osAccount());
                ps.executeUpdate();
            }
            return null;
        });
    }
}

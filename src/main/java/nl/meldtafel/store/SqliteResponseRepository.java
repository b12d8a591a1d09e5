package nl.meldtafel.store;

import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ResponseRepository;
import nl.meldtafel.alert.ResponseResult;

/** Responses in {@code alert_response} (schema V5); the schema refuses one for an unsent alert. */
final class SqliteResponseRepository implements ResponseRepository {

    private final Database db;

    SqliteResponseRepository(Database db) {
        this.db = db;
    }

    @Override
    public Optional<AlertResponse> find(long alertId) {
        return db.read("Could not load the response of alert " + alertId, c -> ResponseRows.find(c, alertId));
    }

    @Override
    public java.util.Set<Long> recordedAmong(java.util.Collection<Long> alertIds) {
        return db.read("Could not read which alerts have a response", c -> ResponseRows.recordedAmong(c, alertIds));
    }

    @Override
    public boolean save(long alertId, long basedOn, int calls112, int calls0900, ResponseResult result, Instant at, Actor actor) {
        return db.write("Could not record the response of alert " + alertId,
                c -> ResponseRows.save(c, alertId, basedOn, calls112, calls0900, result, at, actor));
    }
}

package nl.meldtafel.store.postgres;

import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ResponseRepository;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.store.ResponseRows;

/** Responses in {@code alert_response}; the schema refuses one for an unsent alert. */
final class PostgresResponseRepository implements ResponseRepository {

    private final PgTransactor tx;

    PostgresResponseRepository(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public Optional<AlertResponse> find(long alertId) {
        return tx.run("Could not load the response of alert " + alertId, c -> ResponseRows.find(c, alertId));
    }

    @Override
    public java.util.Set<Long> recordedAmong(java.util.Collection<Long> alertIds) {
        return tx.run("Could not read which alerts have a response", c -> ResponseRows.recordedAmong(c, alertIds));
    }

    @Override
    public boolean save(long alertId, long basedOn, int calls112, int calls0900, ResponseResult result, Instant at, Actor actor) {
        return tx.run("Could not record the response of alert " + alertId,
                c -> ResponseRows.save(c, alertId, basedOn, calls112, calls0900, result, at, actor));
    }
}

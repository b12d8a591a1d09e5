package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Optional;

/** The response recorded per alert; one per alert, the last edit wins. */
public interface ResponseRepository {

    Optional<AlertResponse> find(long alertId);

    /** Inserts or replaces the response of a sent alert. */
    void save(long alertId, int calls112, int calls0900, ResponseResult result, Instant at, Actor actor);
}

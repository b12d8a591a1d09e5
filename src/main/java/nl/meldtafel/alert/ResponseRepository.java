package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Optional;

/** The response recorded per alert; one per alert, each edit based on the version it was loaded with. */
public interface ResponseRepository {

    Optional<AlertResponse> find(long alertId);

    /** Which of these alerts have a response recorded; one query for a list. */
    java.util.Set<Long> recordedAmong(java.util.Collection<Long> alertIds);

    /**
     * Inserts the response of a sent alert ({@code basedOn} 0) or replaces version {@code basedOn} of it.
     *
     * @return false when nothing was written: there is one already, or it is no longer at {@code basedOn}
     */
    boolean save(long alertId, long basedOn, int calls112, int calls0900, ResponseResult result, Instant at, Actor actor);
}

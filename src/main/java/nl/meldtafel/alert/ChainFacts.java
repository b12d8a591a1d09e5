package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current rows the chain verifier holds the second-form entries against. */
public interface ChainFacts {

    /** Every officer, also the one retention runs are recorded under, by id. */
    Map<Long, Officer> officers();

    /** Every account as the chain should have it, by officer id. */
    Map<Long, AccountFacts> accounts();

    RegisterFacts register();

    /** The paste ticks and dismissals of these alerts, keyed by alert then group. */
    Map<Long, Map<Long, Tick>> ticks(Collection<Long> alertIds);

    /**
     * Each alert with a RESPONSE entry after {@code afterAlertId}, ascending, at most {@code limit}: the
     * details of its last such entry and its response as stored now (null when gone).
     */
    List<LoggedResponse> loggedResponses(long afterAlertId, int limit);

    /** A tick of an alert sent under the second form that has no TICKED entry: put in behind the log's back. */
    Optional<Tick> unchainedTick();

    /** A tick chained twice: a replayed or duplicated entry. */
    Optional<Tick> tickChainedTwice();

    /** An alert whose response was recorded at or after {@code since} without a RESPONSE entry. */
    Optional<Long> unchainedResponse(Instant since);

    record Tick(long alertId, long groupId, String outcome, Instant at, long officerId) {
    }

    record LoggedResponse(long alertId, String lastDetails, AlertResponse now) {
    }
}

package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Optional;

/**
 * Which entries of the desk's send queue are in the log already. Called inside the transaction that
 * records the entry, so an entry and its key are committed together or not at all.
 */
public interface QueuedSendRepository {

    /** The alert recorded for this queue entry, if it was. */
    Optional<Long> alertOf(String key);

    void remember(String key, long alertId, Instant at);
}

package nl.meldtafel.retention;

import java.time.Instant;
import nl.meldtafel.template.MessageKind;
import java.util.Map;
import java.util.List;
import nl.meldtafel.alert.AuditRecord;
import java.util.Optional;

/** Storage of retention settings, holds and the redaction itself. */
public interface RetentionRepository {

    /** The stored periods, defaults for kinds never set. */
    RetentionPolicy policy();

    void savePolicy(RetentionPolicy policy, long officerId, Instant at);

    /** Every hold ever placed, newest first. */
    List<Hold> holds();

    /** The holds of one alert, newest first. */
    List<Hold> holdsOf(long alertId);

    long placeHold(long alertId, String reason, java.time.LocalDate until, long officerId, String osAccount, Instant at);

    /** Lifts a hold still in force; returns the alert it kept. */
    long liftHold(long holdId, long officerId, Instant at);

    /**
     * The sent alerts of the chains whose original has an id in ({@code afterId}, {@code toId}], redacted
     * or not, ascending (see {@link RedactionPlanner#due}): a redaction run reads the log a page at a time.
     */
    List<ChainMember> chainsRootedIn(long afterId, long toId);

    /** The highest alert id in the log, 0 when it has none. */
    long highestAlertId();

    /**
     * Nulls values, text, close reason and their salts, removes the text from the search index, and appends
     * {@code entry} (the run's REDACTED record) to the chain, in the caller's transaction. On a server one
     * database function does both, so the desks' role cannot remove content without the entry.
     */
    void redact(List<Long> ids, Instant at, AuditRecord entry);

    /** The time of the latest redaction, if any. */
    Optional<Instant> latestRedaction();

    /** Removes drafts saved before {@code before}; returns how many. */
    int deleteDraftsSavedBefore(Instant before);

    /**
     * How many alerts of each kind logged before its cutoff still hold their text, counting no further
     * than {@code atMost}: whether a run is large enough to leave the search index's clean-up to its end.
     */
    default long textsLoggedBefore(Map<MessageKind, Instant> cutoffs, long atMost) {
        return 0;
    }

    /**
     * Within a transaction: from now on {@link #redact} leaves the removed texts in the search index until
     * {@link #cleanSearchIndex}, which drops them all at once. Search no longer shows a redacted alert
     * meanwhile. A server's index drops a removed text by itself: nothing to leave.
     */
    default void leaveSearchCleanupToTheEnd() {
    }

    /** Whether a run that stopped left the search index's clean-up to the next. */
    default boolean searchCleanupLeft() {
        return false;
    }

    /** Within a transaction: rebuilds the search index from the texts that remain. */
    default void cleanSearchIndex() {
    }
}

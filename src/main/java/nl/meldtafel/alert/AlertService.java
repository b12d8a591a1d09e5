package nl.meldtafel.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.template.MessageKind;

/**
 * The business steps of an alert's life: recorded before it is copied, confirmed when posted, followed up,
 * closed by an afloopbericht or with a reason. Each step is all-or-nothing and names the officer who took
 * it. Calls may block; run them off the FX thread.
 */
public interface AlertService {

    /** Saves the alert as PENDING before its text goes to the clipboard; returns its id. */
    long recordPending(NewAlert alert, Actor composer);

    /** The officer confirms it was posted, to the groups recorded with it; confirming twice changes nothing. */
    Alert confirmSent(long id, Actor actor);

    /**
     * Records an alert the desk copied while the log could not take it (a server away, a log still
     * opening), with the time it was copied; the chain marks it as recorded late. An afloopbericht is
     * recorded even when its original was closed meanwhile: it was posted.
     */
    long recordLate(NewAlert alert, Actor composer, Instant copiedAt);

    /** Confirms an alert recorded late, with the time the officer said it was posted. */
    Alert confirmLate(long id, Actor actor, Instant postedAt);

    /** The officer confirms it was posted, to exactly these groups. */
    Alert confirmSent(long id, List<Long> postedGroupIds, Actor actor);

    /** Closes a sent alert without an afloopbericht; only with a category and a typed reason. */
    Alert closeWithReason(long id, CloseCategory category, String reason, Actor actor);

    /**
     * Closes a sent alert with a category and reason the officer gave while the log could not take it,
     * at the time they gave it; the chain marks the closing as recorded late.
     *
     * @throws AlertAlreadyClosedException when another desk closed it meanwhile
     */
    Alert closeLate(long id, CloseCategory category, String reason, Actor actor, Instant closedAt);

    /** "Later": puts off a due reminder by {@link FollowUpRules#putOff}, recording who did it and when. */
    default Alert snooze(long id, Actor actor) {
        return snooze(id, null, actor);
    }

    /**
     * "Later" on the reminder the officer saw, due at {@code dueSeen}: refused when someone put it off
     * since ({@link AlertPutOffMeanwhileException}), so two desks pressing "Later" do not stretch it twice.
     *
     * @param dueSeen the due time the officer's screen showed; null to skip the check
     */
    Alert snooze(long id, Instant dueSeen, Actor actor);

    /** Removes a recorded alert the officer says was never posted. Sent alerts cannot be removed. */
    void discardPending(long id, Actor actor);

    /** PENDING alerts, oldest first: copied but not confirmed posted. */
    List<AlertRow> unconfirmed();

    /** Open alerts (awaiting an afloopbericht), earliest due first; {@code kind} null for all. */
    List<AlertRow> open(MessageKind kind);

    /** Open alerts whose due time has come, earliest due first; {@code kind} null for all. */
    List<AlertRow> overdue(MessageKind kind);

    /** Open alerts due in the coming {@code window}, not yet overdue. */
    List<AlertRow> dueWithin(Duration window, MessageKind kind);

    Optional<Alert> find(long id);

    /** The alert's status alone, for a step that needs nothing else of it. */
    Optional<AlertStatus> status(long id);

    /** One page of the Logboek: the alerts matching the query, newest first. */
    Page<AlertRow> search(AlertQuery query);

    /** The original of {@code id}'s chain with its updates and afloopbericht. */
    AlertChain chainOf(long id);
}

package nl.meldtafel.alert;

import java.util.Optional;

/**
 * Someone else (another desk, or this one a moment earlier) closed the alert first: the step asked for
 * cannot be done, and the officer is told who closed it, when, and how.
 */
public final class AlertAlreadyClosedException extends IllegalStateException {

    private final long alertId;
    private final Closure closure;
    private final transient Officer closedBy;

    public AlertAlreadyClosedException(long alertId, Closure closure, Optional<Officer> closedBy) {
        super("Alert " + alertId + " was already closed at " + closure.at() + " by officer " + closure.officerId()
                + (closure.afloopbericht().isPresent() ? " with afloopbericht " + closure.byAlertId() : " without afloopbericht"));
        this.alertId = alertId;
        this.closure = closure;
        this.closedBy = closedBy.orElse(null);
    }

    public long alertId() {
        return alertId;
    }

    public Closure closure() {
        return closure;
    }

    /** The officer who closed it; empty when the register no longer knows them. */
    public Optional<Officer> closedBy() {
        return Optional.ofNullable(closedBy);
    }
}

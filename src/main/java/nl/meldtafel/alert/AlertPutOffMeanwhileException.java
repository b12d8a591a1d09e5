package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone else (another desk, or this one a moment earlier) put the reminder off after the officer saw
 * it: a second "Later" would stretch theirs, so it is refused, naming who put it off, when, and until when.
 */
public final class AlertPutOffMeanwhileException extends IllegalStateException {

    private final long alertId;
    private final Alert.Snooze snooze;
    private final Instant until;
    private final transient Officer by;

    public AlertPutOffMeanwhileException(long alertId, Alert.Snooze snooze, Instant until, Optional<Officer> by) {
        // ids and times only: this text may reach the log file, the officer's name may not
        super("Alert " + alertId + " was put off at " + snooze.at() + " by officer " + snooze.officerId() + " until " + until);
        this.alertId = alertId;
        this.snooze = snooze;
        this.until = until;
        this.by = by.orElse(null);
    }

    public long alertId() {
        return alertId;
    }

    /** When it was put off, and by which officer id. */
    public Alert.Snooze snooze() {
        return snooze;
    }

    /** The due time that put-off set. */
    public Instant until() {
        return until;
    }

    /** The officer who put it off; empty when the register no longer knows them. */
    public Optional<Officer> by() {
        return Optional.ofNullable(by);
    }
}

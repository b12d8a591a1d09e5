package nl.meldtafel.alert;

import java.time.Clock;

/**
 * Records what the desk copied while the log could not (still opening, or busy), each entry in one
 * transaction with its key: a replay cut off anywhere and run again records none twice.
 */
public final class QueuedSendService {

    private final Transactor tx;
    private final AlertService alerts;
    private final QueuedSendRepository keys;
    private final Clock clock;

    public QueuedSendService(Transactor tx, AlertService alerts, QueuedSendRepository keys, Clock clock) {
        this.tx = tx;
        this.alerts = alerts;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * Records one queued alert, and its confirmation when the officer gave it while it waited.
     *
     * @param confirmedBy who said it was posted, or null
     * @return the alert's id in the log
     */
    public long record(String key, NewAlert alert, Officer composer, Officer confirmedBy) {
        return tx.inTransaction("Could not record a queued alert", () -> {
            long alertId = keys.alertOf(key).orElseGet(() -> {
                long fresh = alerts.recordPending(alert, Actor.of(composer));
                keys.remember(key, fresh, clock.instant());
                return fresh;
            });
            if (confirmedBy != null) {
                alerts.confirmSent(alertId, Actor.of(confirmedBy)); // a second confirm is a no-op
            }
            return alertId;
        });
    }
}

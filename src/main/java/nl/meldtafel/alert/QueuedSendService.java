package nl.meldtafel.alert;

import java.time.Clock;
import java.time.Instant;

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
     * Records one queued alert with the time it was copied, and its confirmation with the time the officer
     * gave it while it waited; the chain marks both as recorded late.
     *
     * @param confirmedBy who said it was posted, or null
     * @param confirmedAt when they said so; null when not known (a queue written before times were kept)
     * @return the alert's id in the log
     */
    public long record(String key, NewAlert alert, Officer composer, Instant copiedAt, Officer confirmedBy,
                       Instant confirmedAt) {
        return tx.inTransaction("Could not record a queued alert", () -> {
            long alertId = keys.alertOf(key).orElseGet(() -> {
                long fresh = alerts.recordLate(alert, Actor.of(composer), copiedAt);
                keys.remember(key, fresh, clock.instant());
                return fresh;
            });
            if (confirmedBy != null) {
                // a second confirm is a no-op
                alerts.confirmLate(alertId, Actor.of(confirmedBy), confirmedAt == null ? clock.instant() : confirmedAt);
            }
            return alertId;
        });
    }

    /**
     * Records "Ja, geplaatst" for a logged alert, given while the server was away, at the time it was given;
     * once only, by its key. An alert confirmed meanwhile by another desk keeps that confirmation.
     *
     * @return false when the alert is no longer in the log (another desk discarded it meanwhile)
     */
    public boolean recordConfirmation(String key, long alertId, Officer officer, Instant postedAt) {
        return tx.inTransaction("Could not record a queued confirmation", () -> {
            if (keys.alertOf(key).isPresent()) {
                return true;
            }
            if (alerts.status(alertId).isEmpty()) {
                return false;
            }
            alerts.confirmLate(alertId, Actor.of(officer), postedAt); // a second confirm is a no-op
            keys.remember(key, alertId, clock.instant());
            return true;
        });
    }

    /**
     * Records a closing given while the server was away, at the time it was given; once only, by its key.
     *
     * @return false when another desk closed the alert meanwhile: that closing stands, this one is dropped
     */
    public boolean recordClosing(String key, long alertId, CloseCategory category, String reason, Officer officer,
                                 Instant closedAt) {
        try {
            return tx.inTransaction("Could not record a queued closing", () -> {
                if (keys.alertOf(key).isEmpty()) {
                    alerts.closeLate(alertId, category, reason, Actor.of(officer), closedAt);
                    keys.remember(key, alertId, clock.instant());
                }
                return true;
            });
        } catch (AlertAlreadyClosedException e) {
            return false;
        }
    }
}

package nl.meldtafel.weekly;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.template.MessageKind;

/**
 * Counts the alerts of a period. An original alert counts once, whatever updates followed; afloopberichten
 * are outcomes, not items; earlier overviews are left out. How an alert ended is read from the outcome kept
 * on it when it was closed, never from the afloopbericht's values, so a redaction changes nothing.
 */
public final class WeeklyCounter {

    private static final Set<MessageKind> NOT_ITEMS = Set.of(MessageKind.AFLOOPBERICHT, MessageKind.WEEKOVERZICHT);

    private WeeklyCounter() {
    }

    /** @param alerts the alerts logged in the period (any status; unconfirmed ones are skipped) */
    public static Tally count(Collection<Alert> alerts) {
        Tally tally = new Tally();
        for (Alert alert : alerts) {
            if (!counts(alert)) {
                continue;
            }
            tally.addSent(alert.kind());
            Optional<Closure> closure = alert.closing();
            if (closure.isPresent()) {
                tally.addOutcome(alert.kind(), Outcome.of(closure.get().outcome(), alert.kind()));
            } else if (alert.isOpen()) {
                tally.addOpen();
            }
        }
        return tally;
    }

    /** Sent or closed originals that are alerts in their own right. */
    static boolean counts(Alert alert) {
        return alert.status() != AlertStatus.PENDING && alert.parentId() == null && !NOT_ITEMS.contains(alert.kind());
    }
}

package nl.meldtafel.weekly;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.MessageKind;

/**
 * Counts the alerts of a period. An original alert counts once, whatever updates followed; afloopberichten
 * are outcomes, not items; earlier overviews are left out. Only the afloopbericht's {@code uitkomst} is
 * read, and only to pick an {@link Outcome}.
 */
public final class WeeklyCounter {

    /** The field of the afloopbericht template that holds how the alert ended. */
    public static final String UITKOMST = "uitkomst";
    private static final Set<MessageKind> NOT_ITEMS = Set.of(MessageKind.AFLOOPBERICHT, MessageKind.WEEKOVERZICHT);

    private WeeklyCounter() {
    }

    /**
     * @param alerts     the alerts logged in the period (any status; unconfirmed ones are skipped)
     * @param afloopById looks up the afloopbericht that closed an alert
     */
    public static Tally count(Collection<Alert> alerts, Function<Long, Optional<Alert>> afloopById) {
        Tally tally = new Tally();
        for (Alert alert : alerts) {
            if (!counts(alert)) {
                continue;
            }
            tally.addSent(alert.kind());
            Optional<Closure> closure = alert.closing();
            if (closure.isPresent()) {
                Outcome outcome = closure.get().afloopbericht().flatMap(afloopById).map(WeeklyCounter::outcomeOf)
                        .orElse(Outcome.CLOSED);
                tally.addOutcome(alert.kind(), outcome);
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

    /** Values removed by retention, or unreadable: the alert ended, but how is no longer known. */
    static Outcome outcomeOf(Alert afloop) {
        if (afloop.valuesJson() == null) {
            return Outcome.CLOSED;
        }
        try {
            FieldValues values = FieldValues.fromJson(afloop.valuesJson());
            return values.has(UITKOMST) && !values.isList(UITKOMST) ? Outcome.ofUitkomst(values.text(UITKOMST)) : Outcome.CLOSED;
        } catch (RuntimeException e) {
            return Outcome.CLOSED;
        }
    }
}

package nl.meldtafel.alert;

import java.util.function.LongFunction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The checks and shapes of an alert's life that do not depend on where alerts are kept. */
public final class AlertLifeRules {

    private AlertLifeRules() {
    }

    /** A follow-up needs a confirmed original; an afloopbericht needs one not yet closed. */
    public static void requireCanFollowUp(Alert parent, NewAlert child) {
        requireConfirmed(parent);
        if (child.kind().closesParent() && parent.status() == AlertStatus.CLOSED) {
            throw new IllegalStateException("Alert " + parent.id() + " is already closed");
        }
    }

    /** Only a confirmed alert has follow-ups. */
    public static void requireConfirmed(Alert parent) {
        if (parent.status() == AlertStatus.PENDING) {
            throw new IllegalStateException("Alert " + parent.id() + " was not confirmed sent; it cannot be followed up yet");
        }
    }

    /** Closing without an afloopbericht takes a category and a typed reason. */
    public static void requireCategoryAndReason(CloseCategory category, String reason) {
        if (category == null) {
            throw new IllegalArgumentException("A close category is required");
        }
        TextChecks.requireNonBlank("close reason", reason);
    }

    /**
     * Closed already (by another desk, or by an afloopbericht): refused with who closed it, when and how,
     * instead of a bare "cannot be closed".
     */
    public static void refuseIfClosed(Alert a, LongFunction<Optional<Officer>> officers) {
        if (a.status() == AlertStatus.CLOSED && a.closing().isPresent()) {
            Closure closure = a.closing().get();
            throw new AlertAlreadyClosedException(a.id(), closure, officers.apply(closure.officerId()));
        }
    }

    /**
     * The reminder was put off since the officer saw it due at {@code dueSeen} (its due time now is the one a
     * put-off set): refused with who, when and until when. A due time moved by a vervolgbericht is no put-off.
     */
    public static void refuseIfPutOffMeanwhile(Alert a, Instant dueSeen, LongFunction<Optional<Officer>> officers) {
        if (dueSeen == null || a.dueAt() == null || dueSeen.equals(a.dueAt()) || a.snooze() == null
                || !a.dueAt().equals(a.snooze().at().plus(FollowUpRules.putOff(a.followUp())))) {
            return;
        }
        throw new AlertPutOffMeanwhileException(a.id(), a.snooze(), a.dueAt(), officers.apply(a.snooze().officerId()));
    }

    /** Only a sent alert can be closed without an afloopbericht. */
    public static void requireClosable(Alert a) {
        if (a.status() != AlertStatus.SENT) {
            throw new IllegalStateException("Alert " + a.id() + " is " + (a.status() == AlertStatus.CLOSED
                    ? "already closed" : "not confirmed sent") + " and cannot be closed");
        }
    }

    /** How a sent afloopbericht closes its original, with the outcome it gave when that fits the original. */
    public static Closure closedBy(Alert afloop, Alert original, Actor actor) {
        return new Closure(afloop.sentAt(), afloop.id(), null, actor.officer().id(), actor.osAccount(),
                AlertOutcome.ofValues(afloop.valuesJson(), original.kind()).orElse(null), null);
    }

    /**
     * The chain of {@code original} from its children (oldest first): the updates, and the afloopbericht that
     * closed it (else the first one sent).
     */
    public static AlertChain chain(Alert original, List<Alert> children) {
        List<Alert> updates = new ArrayList<>();
        Alert afloop = null;
        Long closedBy = original.closing().flatMap(Closure::afloopbericht).orElse(null);
        for (Alert child : children) {
            if (!child.kind().closesParent()) {
                updates.add(child);
            } else if (afloop == null || child.id() == (closedBy == null ? -1 : closedBy)) {
                afloop = child;
            }
        }
        return new AlertChain(original, updates, Optional.ofNullable(afloop));
    }
}

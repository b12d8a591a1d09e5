package nl.meldtafel.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.template.MessageKind;

/**
 * What the statistics need of one sent alert. {@code closedByAlertId} is the afloopbericht that closed
 * it, with the {@code outcome} it gave; a closure without one was made with {@code closeCategory} and
 * {@code closeReason} (the typed reason is null once redacted, the category stays). {@code response}
 * is null while the desk recorded none.
 */
public record AlertFact(long id, MessageKind kind, Instant sentAt, long officerId, String officerName,
                        List<GroupArea> groups, boolean needsFollowUp, AlertStatus status, Instant dueAt,
                        Instant closedAt, Long closedByAlertId, String closeReason, AlertResponse response,
                        AlertOutcome outcome, CloseCategory closeCategory) {

    public AlertFact {
        groups = List.copyOf(groups);
    }

    /** A fact without outcome or category, as for a closing logged before they were kept. */
    public AlertFact(long id, MessageKind kind, Instant sentAt, long officerId, String officerName,
                     List<GroupArea> groups, boolean needsFollowUp, AlertStatus status, Instant dueAt,
                     Instant closedAt, Long closedByAlertId, String closeReason, AlertResponse response) {
        this(id, kind, sentAt, officerId, officerName, groups, needsFollowUp, status, dueAt, closedAt, closedByAlertId,
                closeReason, response, null, null);
    }

    public boolean followedUp() {
        return closedByAlertId != null;
    }

    public boolean closedWithoutMessage() {
        return status == AlertStatus.CLOSED && closedByAlertId == null;
    }

    public boolean isOpen() {
        return status == AlertStatus.SENT && needsFollowUp;
    }

    /** Open with its due time reached at {@code now}, as the Opvolging screen counts it. */
    public boolean overdueAt(Instant now) {
        return FollowUpRules.overdue(isOpen(), dueAt, now);
    }

    /** From sending to the afloopbericht that closed it; empty otherwise. */
    public Optional<Duration> timeToFollowUp() {
        return followedUp() && closedAt != null ? Optional.of(Duration.between(sentAt, closedAt)) : Optional.empty();
    }
}

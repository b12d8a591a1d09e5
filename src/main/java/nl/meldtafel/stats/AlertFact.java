package nl.meldtafel.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.template.MessageKind;

/**
 * What the statistics need of one sent alert. {@code closedByAlertId} is the afloopbericht that closed
 * it; a closure without one was made with {@code closeReason} (null once redacted). {@code response}
 * is null while the desk recorded none.
 */
public record AlertFact(long id, MessageKind kind, Instant sentAt, long officerId, String officerName,
                        List<GroupArea> groups, boolean needsFollowUp, AlertStatus status, Instant dueAt,
                        Instant closedAt, Long closedByAlertId, String closeReason, AlertResponse response) {

    public AlertFact {
        groups = List.copyOf(groups);
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
        return isOpen() && dueAt != null && !dueAt.isAfter(now);
    }

    /** From sending to the afloopbericht that closed it; empty otherwise. */
    public Optional<Duration> timeToFollowUp() {
        return followedUp() && closedAt != null ? Optional.of(Duration.between(sentAt, closedAt)) : Optional.empty();
    }
}

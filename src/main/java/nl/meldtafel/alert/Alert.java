package nl.meldtafel.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/**
 * One alert with everything recorded about it. {@code valuesJson} and {@code text} are null once
 * redacted for privacy.
 */
public record Alert(long id, MessageKind kind, String templateId, String templateHash, String valuesJson,
                    String text, Officer officer, String osAccount, Instant createdAt, Instant sentAt,
                    AlertStatus status, FollowUpPolicy followUp, Instant dueAt, Snooze snooze, Long parentId,
                    List<Long> groupIds, Closure closure, Instant redactedAt) {

    public Alert {
        groupIds = List.copyOf(groupIds);
    }

    /** A due prompt put off by an officer. */
    public record Snooze(Instant at, long officerId) {
    }

    public boolean isOpen() {
        return status == AlertStatus.SENT && followUp.awaitsClosure();
    }

    public Optional<Instant> due() {
        return Optional.ofNullable(dueAt);
    }

    public Optional<Closure> closing() {
        return Optional.ofNullable(closure);
    }

    public Optional<Long> parent() {
        return Optional.ofNullable(parentId);
    }

    public boolean isRedacted() {
        return redactedAt != null;
    }
}

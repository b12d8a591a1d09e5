package nl.meldtafel.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.template.MessageKind;

/**
 * The light form of an alert for lists; load the full {@link Alert} for the detail view.
 *
 * @param repeat how often its reminder comes back while open (a vermissing: 2 hours), or null
 */
public record AlertRow(long id, Instant createdAt, Instant sentAt, MessageKind kind, String summary,
                       String officerName, AlertStatus status, Instant dueAt, Instant closedAt, Duration repeat) {

    /** The time the log sorts by: sent, or created while still unconfirmed. */
    public Instant logTime() {
        return sentAt != null ? sentAt : createdAt;
    }

    public LogCursor cursor() {
        return new LogCursor(logTime(), id);
    }

    /** How long it took from sending to closing; empty while open. */
    public Optional<Duration> timeToFollowUp() {
        return sentAt == null || closedAt == null ? Optional.empty() : Optional.of(Duration.between(sentAt, closedAt));
    }

    /** Time left until the follow-up is due (negative when overdue); empty when nothing is due. */
    public Optional<Duration> untilDue(Instant now) {
        return status != AlertStatus.SENT || dueAt == null ? Optional.empty() : Optional.of(Duration.between(now, dueAt));
    }
}

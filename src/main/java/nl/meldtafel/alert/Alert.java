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

    /**
     * A new alert as the log holds it once recorded: what the repository stores of {@code n} (groups once
     * each, in id order; a policy only when it awaits closure). {@code createdAt} to the millisecond, as kept.
     */
    static Alert recorded(long id, NewAlert n, Actor composer, Instant createdAt) {
        return new Alert(id, n.kind(), n.templateId(), n.templateHash(), n.valuesJson(), n.text(), composer.officer(),
                composer.osAccount(), createdAt, null, AlertStatus.PENDING,
                n.followUp().awaitsClosure() ? n.followUp() : FollowUpPolicy.NONE, null, null, n.parentId(),
                inIdOrder(n.groupIds()), null, null);
    }

    /** This pending alert once marked sent; {@code groups} null: the groups recorded with it. */
    Alert sent(Instant sentAt, Instant due, List<Long> groups) {
        return new Alert(id, kind, templateId, templateHash, valuesJson, text, officer, osAccount, createdAt, sentAt,
                AlertStatus.SENT, followUp, due, snooze, parentId, groups == null ? groupIds : inIdOrder(groups),
                closure, redactedAt);
    }

    /** This alert once closed: no longer due. */
    Alert closed(Closure closing) {
        return new Alert(id, kind, templateId, templateHash, valuesJson, text, officer, osAccount, createdAt, sentAt,
                AlertStatus.CLOSED, followUp, null, snooze, parentId, groupIds, closing, redactedAt);
    }

    private static List<Long> inIdOrder(List<Long> groups) {
        return groups.stream().distinct().sorted().toList();
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

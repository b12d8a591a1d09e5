package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.template.MessageKind;

/** Storage of alerts. Callers combine calls in one step through a {@link Transactor}. */
public interface AlertRepository {

    /** Saves a new PENDING alert; returns its id. {@code salt} seals the values and text. */
    long insertPending(NewAlert alert, Actor composer, Instant createdAt, byte[] salt);

    /** Marks a PENDING alert as SENT to the given groups; null: to the groups recorded with it, left as they are. */
    void markSent(long id, Instant sentAt, String isoWeek, Instant dueAt, List<Long> groupIds);

    void setDue(long id, Instant dueAt);

    void snooze(long id, Instant newDue, Instant at, long officerId);

    /** Closes a SENT alert; {@code salt} seals the reason. */
    void close(long id, Closure closure, byte[] salt);

    /** Removes an alert the officer says was never posted; sent alerts cannot be removed. */
    void deletePending(long id);

    Optional<Alert> find(long id);

    /** Only the status: a tick asks it for every group, and the whole alert is many columns and two queries. */
    Optional<AlertStatus> status(long id);

    /**
     * Holds the alert's row for the rest of the transaction, so a change by another desk waits for this
     * one. A single-writer backend (SQLite) serialises its transactions already and does nothing here.
     */
    default void lockForChange(long id) {
    }

    /** The salt sealing the alert's values and text; empty when there is no such alert or it was redacted. */
    Optional<byte[]> contentSalt(long id);

    /** The salts and personal content as stored, for checking them against the audit chain. */
    Optional<SealedContent> sealedContent(long id);

    /** Several alerts in one go, by id; ids that do not exist are absent from the map. */
    Map<Long, Alert> findAll(Collection<Long> ids);

    /** The names of the groups the alert went to, as they were when it was sent, in group id order. */
    List<String> groupNames(long id);

    /**
     * Several alerts with their sealed content and group names, each row read once: what the chain
     * verifier holds a batch of entries against. Ids that do not exist are absent from the map.
     */
    Map<Long, SealedAlert> sealedAlerts(Collection<Long> ids);

    Page<AlertRow> search(AlertQuery query);

    /** PENDING alerts, oldest first: recorded but not confirmed posted (e.g. after a crash). */
    List<AlertRow> unconfirmed();

    /** Open alerts whose due time is before {@code before} (all open ones if null), earliest due first. */
    List<AlertRow> openDueBefore(Instant before, MessageKind kind);

    /** Alerts that name {@code parentId} as their parent, oldest first. */
    List<Alert> children(long parentId);

    /** Ids from {@code fromId} to {@code toId} whose content was redacted at exactly {@code at}, ascending. */
    List<Long> redactedAt(Instant at, long fromId, long toId);

    /** Sent alerts per kind per ISO week, weeks from {@code fromWeek} to {@code toWeek} inclusive. */
    List<KindWeekCount> countsPerWeek(String fromWeek, String toWeek);
}

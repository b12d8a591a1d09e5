package nl.meldtafel.alert;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.template.MessageKind;

/**
 * The business steps of an alert's life, each one transaction that also writes the audit entries.
 * Calls block; run them off the FX thread.
 */
public final class StoredAlertService implements AlertService {

    private final Transactor tx;
    private final AlertRepository alerts;
    private final OfficerRepository officers;
    private final AuditLog audit;
    private final FollowUpRules rules;
    private final SecureRandom random;
    private final PermissionCheck permissions;

    public StoredAlertService(Transactor tx, AlertRepository alerts, OfficerRepository officers, AuditLog audit,
                              FollowUpRules rules, SecureRandom random, PermissionCheck permissions) {
        this.permissions = permissions;
        this.tx = tx;
        this.alerts = alerts;
        this.officers = officers;
        this.audit = audit;
        this.rules = rules;
        this.random = random;
    }

    /** Saves the alert before its text goes to the clipboard, so a crash cannot lose what may be posted. */
    @Override
    public long recordPending(NewAlert alert, Actor composer) {
        permissions.require(composer, Permission.SEND);
        return tx.inTransaction("Could not save alert", () -> record(alert, composer, now(), false));
    }

    @Override
    public long recordLate(NewAlert alert, Actor composer, Instant copiedAt) {
        // no role check: it was posted already, at a desk signed in then; the log must hold what happened
        return tx.inTransaction("Could not record a queued alert", () -> {
            Instant copied = kept(copiedAt); // the entry names the time the alert keeps
            long id = record(alert, composer, copied, true);
            audit.append(AuditRecords.recordedLate(id, AuditEvent.COPIED, copied, rules.now(), composer));
            return id;
        });
    }

    private long record(NewAlert alert, Actor composer, Instant createdAt, boolean late) {
        if (alert.parentId() != null) {
            Alert parent = requireForChange(alert.parentId());
            if (late) {
                AlertLifeRules.requireConfirmed(parent); // posted already: recorded even if the original closed meanwhile
            } else {
                if (alert.kind().closesParent()) {
                    refuseIfClosed(parent);
                }
                AlertLifeRules.requireCanFollowUp(parent, alert);
            }
        }
        byte[] salt = AuditHashing.newSalt(random);
        long id = alerts.insertPending(alert, composer, createdAt, salt);
        // the text that went to the clipboard is in the chain even if no one ever confirms it
        audit.append(AuditRecords.copied(Alert.recorded(id, alert, composer, createdAt), alerts.groupNames(id), composer,
                salt));
        return id;
    }

    /** The officer confirms it was posted, to the groups recorded with it. */
    @Override
    public Alert confirmSent(long id, Actor actor) {
        return confirm(id, null, actor, null);
    }

    @Override
    public Alert confirmLate(long id, Actor actor, Instant postedAt) {
        return confirm(id, null, actor, postedAt);
    }

    /** The officer confirms it was posted, to exactly these groups. */
    @Override
    public Alert confirmSent(long id, List<Long> postedGroupIds, Actor actor) {
        return confirm(id, List.copyOf(postedGroupIds), actor, null);
    }

    /** {@code postedAt} null: now. */
    private Alert confirm(long id, List<Long> groups, Actor actor, Instant postedAt) {
        if (postedAt == null) { // a late confirmation records a posting that happened: see recordLate
            permissions.require(actor, Permission.SEND);
        }
        return tx.inTransaction("Could not record alert " + id + " as sent", () -> {
            Alert pending = require(id);
            if (pending.status() != AlertStatus.PENDING) {
                return pending; // confirmed twice (double click, second desk): already in the log
            }
            Instant sentAt = postedAt == null ? now() : kept(postedAt);
            Instant due = rules.firstDue(sentAt, pending.followUp()).orElse(null);
            alerts.markSent(id, sentAt, rules.isoWeek(sentAt), due, groups);
            Alert sent = pending.sent(sentAt, due, groups);
            audit.append(AuditRecords.sent(sent, alerts.groupNames(id), actor, alerts.contentSalt(id).orElseThrow()));
            if (sent.parentId() == null) {
                return sent; // on a server the chain stays locked until commit: no reading again while it is
            }
            followUpParent(sent, actor); // changes the parent only
            return sent;
        });
    }

    private void followUpParent(Alert child, Actor actor) {
        Alert parent = require(child.parentId());
        if (child.kind().closesParent()) {
            // it was posted, so it is logged even if the parent was closed meanwhile
            if (parent.status() == AlertStatus.SENT) {
                close(parent, AlertLifeRules.closedBy(child, parent, actor), actor);
            }
        } else if (parent.isOpen()) {
            alerts.setDue(parent.id(), rules.dueAfterUpdate(child.sentAt(), parent.followUp()));
        }
    }

    /** Closes an alert without an afloopbericht; only with a category and a typed reason. */
    @Override
    public Alert closeWithReason(long id, CloseCategory category, String reason, Actor actor) {
        return closeAt(id, category, reason, actor, null);
    }

    @Override
    public Alert closeLate(long id, CloseCategory category, String reason, Actor actor, Instant closedAt) {
        return closeAt(id, category, reason, actor, closedAt);
    }

    /** {@code lateAt} null: closed now; else closed then, and marked in the chain as recorded late. */
    private Alert closeAt(long id, CloseCategory category, String reason, Actor actor, Instant lateAt) {
        if (lateAt == null) { // a late closing was given at a desk signed in then: see recordLate
            permissions.require(actor, Permission.FOLLOW_UP);
        }
        AlertLifeRules.requireCategoryAndReason(category, reason);
        return tx.inTransaction("Could not close alert " + id, () -> {
            Alert a = requireForChange(id);
            refuseIfClosed(a);
            AlertLifeRules.requireClosable(a);
            Instant at = lateAt == null ? now() : kept(lateAt);
            Alert closed = close(a, new Closure(at, null, reason.strip(), actor.officer().id(), actor.osAccount(), null,
                    category), actor);
            if (lateAt != null) {
                audit.append(AuditRecords.recordedLate(id, AuditEvent.CLOSED, at, rules.now(), actor));
            }
            return closed;
        });
    }

    private Alert close(Alert a, Closure closure, Actor actor) {
        byte[] salt = AuditHashing.newSalt(random);
        alerts.close(a.id(), closure, salt);
        Alert closed = a.closed(closure);
        audit.append(AuditRecords.closed(closed, actor, salt));
        return closed;
    }

    /** "Later": puts off a due reminder by {@link FollowUpRules#putOff}, recording who did it and when. */
    @Override
    public Alert snooze(long id, Instant dueSeen, Actor actor) {
        permissions.require(actor, Permission.FOLLOW_UP);
        return tx.inTransaction("Could not snooze alert " + id, () -> {
            Alert a = requireForChange(id);
            refuseIfClosed(a);
            AlertLifeRules.refuseIfPutOffMeanwhile(a, dueSeen, officers::find);
            if (!a.isOpen()) {
                throw new IllegalStateException("Alert " + id + " is not awaiting a follow-up");
            }
            Instant until = rules.snoozedUntil(a.followUp());
            alerts.snooze(id, until, rules.now(), actor.officer().id());
            audit.append(AuditRecords.snoozed(id, rules.now(), until, actor));
            return require(id);
        });
    }

    /** Removes a recorded alert the officer says was never posted. Sent alerts cannot be removed. */
    @Override
    public void discardPending(long id, Actor actor) {
        permissions.require(actor, Permission.SEND);
        tx.inTransaction("Could not discard alert " + id, () -> {
            Alert a = require(id);
            if (a.status() != AlertStatus.PENDING) {
                throw new IllegalStateException("Alert " + id + " was sent and stays in the log");
            }
            alerts.deletePending(id);
            audit.append(AuditRecords.discarded(a, rules.now(), actor));
            return null;
        });
    }

    @Override
    public List<AlertRow> unconfirmed() {
        return alerts.unconfirmed();
    }

    /** Open alerts (awaiting an afloopbericht), earliest due first; {@code kind} null for all. */
    @Override
    public List<AlertRow> open(MessageKind kind) {
        return alerts.openDueBefore(null, kind);
    }

    @Override
    public List<AlertRow> overdue(MessageKind kind) {
        return alerts.openDueBefore(rules.now().plusMillis(1), kind);
    }

    /** Open alerts due in the coming {@code window}, not yet overdue. */
    @Override
    public List<AlertRow> dueWithin(Duration window, MessageKind kind) {
        Instant now = rules.now();
        List<AlertRow> rows = new ArrayList<>(alerts.openDueBefore(now.plus(window).plusMillis(1), kind));
        rows.removeIf(r -> !r.dueAt().isAfter(now));
        return rows;
    }

    @Override
    public Optional<Alert> find(long id) {
        return alerts.find(id);
    }

    @Override
    public Optional<AlertStatus> status(long id) {
        return alerts.status(id);
    }

    /** One page of the Logboek: the alerts matching the query, newest first. */
    @Override
    public Page<AlertRow> search(AlertQuery query) {
        return alerts.search(query);
    }

    /** The original of {@code id}'s chain with its updates and afloopbericht. */
    @Override
    public AlertChain chainOf(long id) {
        Alert original = require(id);
        while (original.parentId() != null) {
            original = require(original.parentId());
        }
        return AlertLifeRules.chain(original, alerts.children(original.id()));
    }

    /**
     * The alert, locked for this transaction where the backend can (a server row lock): a second desk's
     * change waits, then finds what the first one did.
     */
    private Alert requireForChange(long id) {
        alerts.lockForChange(id);
        return require(id);
    }

    private void refuseIfClosed(Alert a) {
        AlertLifeRules.refuseIfClosed(a, officers::find);
    }

    /** Now as the log keeps it, to the millisecond: what the service hands back is then what a read gives. */
    private Instant now() {
        return kept(rules.now());
    }

    private static Instant kept(Instant at) {
        return at.truncatedTo(ChronoUnit.MILLIS);
    }

    private Alert require(long id) {
        return alerts.find(id).orElseThrow(() -> new IllegalArgumentException("There is no alert " + id));
    }
}

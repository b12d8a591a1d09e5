package nl.meldtafel.groups;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.alert.PermissionCheck;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecords;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.alert.Transactor;

/**
 * After copying, the officer ticks off each chosen group as the text is pasted there. The first tick
 * confirms the alert as sent; each tick records when and by whom. Calls block.
 */
public final class StoredPasteChecklist implements PasteChecklist {

    private final Transactor tx;
    private final PostingRepository posting;
    private final AlertService alerts;
    private final GroupTargeting targeting;
    private final AuditLog audit;
    private final Clock clock;
    private final PermissionCheck permissions;

    public StoredPasteChecklist(Transactor tx, PostingRepository posting, AlertService alerts, GroupTargeting targeting,
                          AuditLog audit, Clock clock, PermissionCheck permissions) {
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
        this.posting = posting;
        this.alerts = alerts;
        this.targeting = targeting;
        this.clock = clock;
    }

    @Override
    public Checklist checklist(long alertId) {
        return posting.checklist(alertId);
    }

    @Override
    public Checklist tick(long alertId, long groupId, Actor actor) {
        permissions.require(actor, Permission.FOLLOW_UP);
        return tx.inTransaction("Could not tick off group " + groupId + " for alert " + alertId, () -> {
            // the list holds the alert's groups: the whole alert is read only to say why a group is not on it
            Checklist before = checklist(alertId);
            Checklist.Item item = before.items().stream().filter(i -> i.group().id() == groupId).findFirst()
                    .orElseGet(() -> {
                        requireChosen(alertId, groupId);
                        throw new IllegalStateException("Group " + groupId + " of alert " + alertId + " is not on its list");
                    });
            if (item.state() == Checklist.State.POSTED) {
                return before;
            }
            if (item.state() == Checklist.State.DISMISSED) {
                throw new IllegalStateException("Group " + groupId + " was dismissed for alert " + alertId);
            }
            if (alerts.status(alertId).orElseThrow() == AlertStatus.PENDING) {
                Alert sent = alerts.confirmSent(alertId, actor);
                targeting.remember(sent.kind(), sent.groupIds());
            }
            return before.with(post(alertId, item.group(), Post.Outcome.POSTED, actor, null));
        });
    }

    /** Takes a group off the list without posting there ("groep bestaat niet meer"); only with a reason. */
    @Override
    public Checklist dismiss(long alertId, long groupId, String reason, Actor actor) {
        permissions.require(actor, Permission.FOLLOW_UP);
        TextChecks.requireNonBlank("reason", reason);
        return tx.inTransaction("Could not dismiss group " + groupId + " for alert " + alertId, () -> {
            Alert alert = requireChosen(alertId, groupId);
            if (alert.status() == AlertStatus.PENDING) {
                // before any tick nothing was posted: the alert is discarded, not partly dismissed
                throw new IllegalStateException("Alert " + alertId + " was not posted anywhere yet");
            }
            Checklist before = checklist(alertId);
            Checklist.Item item = itemOf(before, groupId);
            if (item.state() != Checklist.State.OPEN) {
                throw new IllegalStateException("Group " + groupId + " is already done for alert " + alertId);
            }
            return before.with(post(alertId, item.group(), Post.Outcome.DISMISSED, actor, reason.strip()));
        });
    }

    private Post post(long alertId, GroupRef group, Post.Outcome outcome, Actor actor, String reason) {
        Instant at = clock.instant();
        posting.insertPost(alertId, group.id(), outcome, at, actor, reason);
        audit.append(AuditRecords.ticked(alertId, group.id(), group.name(), outcome.name(), at, actor));
        return new Post(alertId, group.id(), outcome, at, actor.officer().name(), actor.osAccount(), reason);
    }

    /** Sent alerts with groups not yet ticked off or dismissed, oldest first: "nog niet geplaatst in ...". */
    @Override
    public List<NotYetPosted> notYetPosted() {
        return posting.notYetPosted();
    }

    private Alert requireChosen(long alertId, long groupId) {
        Alert alert = alerts.find(alertId).orElseThrow(() -> new IllegalArgumentException("There is no alert " + alertId));
        if (!alert.groupIds().contains(groupId)) {
            throw new IllegalArgumentException("Group " + groupId + " was not chosen for alert " + alertId);
        }
        return alert;
    }

    private static Checklist.Item itemOf(Checklist list, long groupId) {
        return list.items().stream().filter(i -> i.group().id() == groupId).findFirst().orElseThrow();
    }
}

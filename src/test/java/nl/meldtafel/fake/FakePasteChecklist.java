package nl.meldtafel.fake;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.groups.Post;
import nl.meldtafel.template.MessageKind;

/**
 * The paste checklist in memory, over the alerts and the register beside it, for testing a view alone;
 * {@link PasteChecklistContractTest} keeps it like the stored one.
 */
public final class FakePasteChecklist implements PasteChecklist {

    private final FakeAlertService alerts;
    private final FakeGroupRegister register;
    private final Clock clock;
    /** Per alert, per group: its tick or dismissal. */
    private final Map<Long, Map<Long, Post>> posts = new HashMap<>();
    private final Map<MessageKind, List<Long>> lastChoice = new EnumMap<>(MessageKind.class);

    public FakePasteChecklist(FakeAlertService alerts, FakeGroupRegister register, Clock clock) {
        this.alerts = alerts;
        this.register = register;
        this.clock = clock;
    }

    /** The groups the first tick remembered as the next default for this kind. */
    public synchronized List<Long> lastChoice(MessageKind kind) {
        return lastChoice.getOrDefault(kind, List.of());
    }

    @Override
    public synchronized Checklist checklist(long alertId) {
        return Checklist.of(alertId, groupsOf(alertId), posts.getOrDefault(alertId, Map.of()).values());
    }

    @Override
    public synchronized Checklist tick(long alertId, long groupId, Actor actor) {
        Alert alert = requireChosen(alertId, groupId);
        Checklist.State state = stateOf(alertId, groupId);
        if (state == Checklist.State.DISMISSED) {
            throw new IllegalStateException("Group " + groupId + " was dismissed for alert " + alertId);
        }
        if (state == Checklist.State.OPEN) {
            if (alert.status() == AlertStatus.PENDING) {
                alerts.confirmSent(alertId, actor);
                lastChoice.put(alert.kind(), alert.groupIds());
            }
            post(alertId, groupId, Post.Outcome.POSTED, actor, null);
        }
        return checklist(alertId);
    }

    @Override
    public synchronized Checklist dismiss(long alertId, long groupId, String reason, Actor actor) {
        TextChecks.requireNonBlank("reason", reason);
        if (requireChosen(alertId, groupId).status() == AlertStatus.PENDING) {
            throw new IllegalStateException("Alert " + alertId + " was not posted anywhere yet");
        }
        if (stateOf(alertId, groupId) != Checklist.State.OPEN) {
            throw new IllegalStateException("Group " + groupId + " is already done for alert " + alertId);
        }
        post(alertId, groupId, Post.Outcome.DISMISSED, actor, reason.strip());
        return checklist(alertId);
    }

    @Override
    public synchronized List<NotYetPosted> notYetPosted() {
        List<NotYetPosted> list = new ArrayList<>();
        alerts.all().stream().filter(a -> a.status() != AlertStatus.PENDING)
                .sorted(Comparator.comparing(Alert::sentAt).thenComparingLong(Alert::id)).forEach(a -> {
                    Map<Long, Post> done = posts.getOrDefault(a.id(), Map.of());
                    List<GroupRef> open = groupsOf(a.groupIds()).stream().filter(g -> !done.containsKey(g.id())).toList();
                    if (!open.isEmpty()) {
                        list.add(new NotYetPosted(a.id(), a.kind(), Summary.of(a.text()), a.sentAt(), open));
                    }
                });
        return list;
    }

    private List<GroupRef> groupsOf(long alertId) {
        return groupsOf(alerts.find(alertId).map(Alert::groupIds).orElse(List.of()));
    }

    private List<GroupRef> groupsOf(List<Long> ids) {
        return register.refs().stream().filter(g -> ids.contains(g.id())).toList();
    }

    private void post(long alertId, long groupId, Post.Outcome outcome, Actor actor, String reason) {
        posts.computeIfAbsent(alertId, k -> new HashMap<>()).put(groupId, new Post(alertId, groupId, outcome, clock.instant(),
                actor.officer().name(), actor.osAccount(), reason));
    }

    private Checklist.State stateOf(long alertId, long groupId) {
        return checklist(alertId).items().stream().filter(i -> i.group().id() == groupId).findFirst().orElseThrow().state();
    }

    private Alert requireChosen(long alertId, long groupId) {
        Alert alert = alerts.find(alertId).orElseThrow(() -> new IllegalArgumentException("There is no alert " + alertId));
        if (!alert.groupIds().contains(groupId)) {
            throw new IllegalArgumentException("Group " + groupId + " was not chosen for alert " + alertId);
        }
        return alert;
    }
}

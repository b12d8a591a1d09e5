package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.meldtafel.template.MessageKind;

/** The target picker of the compose form: options, quick selections and remembered defaults. Calls block. */
public final class GroupTargeting {

    private final GroupRepository groups;
    private final PostingRepository posting;

    public GroupTargeting(GroupRepository groups, PostingRepository posting) {
        this.groups = groups;
        this.posting = posting;
    }

    public TargetOptions options() {
        return new TargetOptions(groups.groups().stream().filter(RegisterGroup::active).map(RegisterGroup::ref).toList());
    }

    /** The groups last chosen for this kind of message (deactivated ones left out and listed). */
    public TargetChoice defaultFor(MessageKind kind) {
        List<Long> ids = posting.lastChoice(kind);
        return ids.isEmpty() ? new TargetChoice(List.of(), TargetChoice.Source.NONE, List.of())
                : choice(ids, TargetChoice.Source.LAST_CHOICE);
    }

    /**
     * A vervolgbericht or afloopbericht goes to the same groups as its original: the groups chosen
     * for it, less those dismissed in its checklist (it was never posted there).
     */
    public TargetChoice defaultForFollowUp(long originalAlertId) {
        Set<Long> dismissed = posting.posts(originalAlertId).stream()
                .filter(p -> p.outcome() == Post.Outcome.DISMISSED).map(Post::groupId).collect(Collectors.toSet());
        List<Long> ids = posting.groupsOf(originalAlertId).stream().map(GroupRef::id).filter(id -> !dismissed.contains(id)).toList();
        return choice(ids, TargetChoice.Source.ORIGINAL);
    }

    /** Remembers the choice as the next default for this kind. */
    public void remember(MessageKind kind, List<Long> groupIds) {
        posting.saveLastChoice(kind, groupIds);
    }

    private TargetChoice choice(List<Long> ids, TargetChoice.Source source) {
        Map<Long, GroupRef> known = groups.groups().stream().map(RegisterGroup::ref)
                .collect(Collectors.toMap(GroupRef::id, Function.identity()));
        List<GroupRef> chosen = new ArrayList<>();
        List<GroupRef> unavailable = new ArrayList<>();
        for (long id : ids) {
            GroupRef g = known.get(id);
            if (g != null) {
                (g.active() ? chosen : unavailable).add(g);
            }
        }
        return new TargetChoice(chosen, source, unavailable);
    }
}

package nl.meldtafel.groups;

import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.template.MessageKind;

/** Storage of the paste checklist and the target defaults. */
public interface PostingRepository {

    /** The groups chosen for an alert, in register order (gemeente, wijk, name). */
    List<GroupRef> groupsOf(long alertId);

    List<Post> posts(long alertId);

    /** The alert's groups with what was done in each: {@link #groupsOf} and {@link #posts}, in one read where a backend can. */
    default Checklist checklist(long alertId) {
        return Checklist.of(alertId, groupsOf(alertId), posts(alertId));
    }

    void insertPost(long alertId, long groupId, Post.Outcome outcome, Instant at, Actor actor, String reason);

    /** Chosen groups of sent alerts without a tick or dismissal, oldest alert first. */
    List<NotYetPosted> notYetPosted();

    /** The last choice for {@code kind}, in the order chosen; deleted groups drop out by themselves. */
    List<Long> lastChoice(MessageKind kind);

    void saveLastChoice(MessageKind kind, List<Long> groupIds);
}

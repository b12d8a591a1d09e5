package nl.meldtafel.groups;

import java.util.List;

/**
 * The groups a form starts with.
 *
 * @param unavailable groups of the earlier choice that were deactivated since, so the form can say so
 */
public record TargetChoice(List<GroupRef> groups, Source source, List<GroupRef> unavailable) {

    public TargetChoice {
        groups = List.copyOf(groups);
        unavailable = List.copyOf(unavailable);
    }

    /** Where the default came from. */
    public enum Source { LAST_CHOICE, ORIGINAL, NONE }

    public List<Long> ids() {
        return groups.stream().map(GroupRef::id).toList();
    }
}

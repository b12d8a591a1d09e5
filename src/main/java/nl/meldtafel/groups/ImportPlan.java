package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.List;

/** What confirming an import writes; built by {@link ImportPlanner}, applied by {@link GroupRegister}. */
final class ImportPlan {

    /** A person: existing (id set) or new; {@code update} when existing details change. */
    static final class PlannedPerson {
        final Long existingId;
        AdministratorInput values;
        boolean update;

        PlannedPerson(Long existingId, AdministratorInput values) {
            this.existingId = existingId;
            this.values = values;
        }
    }

    /** A neighbourhood group to write; the target is an existing group id or an index into {@link #newGroups}. */
    static final class PlannedNeighbourhood {
        final Long existingId;
        NeighbourhoodInput values;
        Long targetGroupId;
        int newGroupIndex = -1;
        final List<Integer> people = new ArrayList<>();
        boolean write;

        PlannedNeighbourhood(Long existingId, NeighbourhoodInput values) {
            this.existingId = existingId;
            this.values = values;
        }
    }

    final List<GroupInput> newGroups = new ArrayList<>();
    final List<PlannedPerson> people = new ArrayList<>();
    final List<PlannedNeighbourhood> neighbourhoods = new ArrayList<>();
}

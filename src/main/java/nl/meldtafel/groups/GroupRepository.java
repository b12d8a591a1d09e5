package nl.meldtafel.groups;

import java.util.List;
import java.util.Optional;

/** Storage of the register. Callers combine calls in one step through a {@link nl.meldtafel.alert.Transactor}. */
public interface GroupRepository {

    /** Every beheerdersgroep, active or not, by gemeente, wijk and name. */
    List<RegisterGroup> groups();

    Optional<RegisterGroup> group(long id);

    long insertGroup(GroupInput group);

    /**
     * Changes a group and raises its version.
     *
     * @return false when nothing was written: the group is gone, or no longer at {@code change.basedOn()}
     */
    boolean updateGroup(long id, GroupInput group, RowChange change);

    /** Refused by the database when the group ever had an alert; deactivate it instead. */
    void deleteGroup(long id);

    /** Whether any alert (sent or pending) was addressed to the group. */
    boolean hasAlerts(long groupId);

    /** Every neighbourhood group with its administrators in order, by name. */
    List<NeighbourhoodGroup> neighbourhoodGroups();

    long insertNeighbourhoodGroup(long targetGroupId, NeighbourhoodInput group);

    /** As {@link #updateGroup}, for a neighbourhood group (also moved to another beheerdersgroep). */
    boolean updateNeighbourhoodGroup(long id, long targetGroupId, NeighbourhoodInput group, RowChange change);

    void deleteNeighbourhoodGroup(long id);

    /** Every administrator, by name. */
    List<Administrator> administrators();

    long insertAdministrator(AdministratorInput person);

    /** As {@link #updateGroup}, for a person's details. */
    boolean updateAdministrator(long id, AdministratorInput person, RowChange change);

    /** Replaces who runs a neighbourhood group, in this order. */
    void setAdministrators(long neighbourhoodGroupId, List<Long> administratorIds);

    /** Removes people who no longer run any group: their contact details are not kept without a reason. */
    int deleteAdministratorsWithoutGroup();
}

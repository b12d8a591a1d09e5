package nl.meldtafel.groups;

import java.util.List;

/** The register as an import preview saw it; confirming checks that it has not changed since. */
record RegisterSnapshot(List<RegisterGroup> groups, List<NeighbourhoodGroup> neighbourhoods, List<Administrator> administrators) {

    static RegisterSnapshot of(GroupRepository repo) {
        return new RegisterSnapshot(repo.groups(), repo.neighbourhoodGroups(), repo.administrators());
    }
}

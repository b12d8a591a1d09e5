package nl.meldtafel.groups;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A beheerdersgroep with its neighbourhood groups and their administrators, for the group detail. */
public record GroupDetail(RegisterGroup group, List<NeighbourhoodGroup> neighbourhoodGroups) {

    public GroupDetail {
        neighbourhoodGroups = List.copyOf(neighbourhoodGroups);
    }

    /** The group's version: what an edit of the group made from this detail is based on. */
    public long version() {
        return group.version().number();
    }

    /** Each administrator once, with the neighbourhood groups they run here (a coordinator may run many). */
    public List<AdministratorRow> administrators() {
        Map<Long, AdministratorRow> rows = new LinkedHashMap<>();
        for (NeighbourhoodGroup n : neighbourhoodGroups) {
            for (Administrator a : n.administrators()) {
                rows.computeIfAbsent(a.id(), id -> new AdministratorRow(a, new ArrayList<>())).runs().add(n.name());
            }
        }
        return rows.values().stream().map(r -> new AdministratorRow(r.administrator(), List.copyOf(r.runs()))).toList();
    }

    /** An administrator and the names of the neighbourhood groups they run. */
    public record AdministratorRow(Administrator administrator, List<String> runs) {
    }
}

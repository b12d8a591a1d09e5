package nl.meldtafel.groups;

import java.util.List;

/**
 * A buurtgroep from the municipal register. The police never posts in it; its administrators are
 * members of the beheerdersgroep {@code targetGroupId}.
 */
public record NeighbourhoodGroup(long id, long targetGroupId, String name, String wijk, String gemeente,
                                 List<Administrator> administrators) {

    public NeighbourhoodGroup {
        administrators = List.copyOf(administrators);
    }

    public String matchKey() {
        return Names.neighbourhoodKey(gemeente, name);
    }
}

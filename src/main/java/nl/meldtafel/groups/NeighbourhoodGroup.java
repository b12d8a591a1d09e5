package nl.meldtafel.groups;

import java.util.List;
import nl.meldtafel.alert.RowVersion;

/**
 * A buurtgroep from the municipal register. The police never posts in it; its administrators are
 * members of the beheerdersgroep {@code targetGroupId}.
 *
 * @param sourceKey the municipality's own number or code for the group, as its file last gave it, or ""
 */
public record NeighbourhoodGroup(long id, long targetGroupId, String name, String wijk, String gemeente, String sourceKey,
                                 List<Administrator> administrators, RowVersion version) {

    public NeighbourhoodGroup {
        administrators = List.copyOf(administrators);
    }

    public String matchKey() {
        return Names.neighbourhoodKey(gemeente, name);
    }

    /** Recognises the group by the municipality's number within its gemeente; "" without one. */
    public String sourceMatchKey() {
        return Names.sourceKey(gemeente, sourceKey);
    }
}

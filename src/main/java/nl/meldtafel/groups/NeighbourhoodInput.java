package nl.meldtafel.groups;

import nl.meldtafel.alert.TextChecks;

/**
 * A neighbourhood group as typed in the register form or read from a municipal file.
 *
 * @param sourceKey the municipality's own number or code for the group, or "" (the form never sets one)
 */
public record NeighbourhoodInput(String name, String wijk, String gemeente, String sourceKey) {

    public NeighbourhoodInput {
        name = TextChecks.requireNonBlank("neighbourhood group name", Names.clean(name));
        wijk = TextChecks.requireWellFormed("wijk", Names.clean(wijk));
        gemeente = TextChecks.requireWellFormed("gemeente", Names.clean(gemeente));
        sourceKey = TextChecks.requireWellFormed("source key", Names.clean(sourceKey));
    }

    public NeighbourhoodInput(String name, String wijk, String gemeente) {
        this(name, wijk, gemeente, "");
    }

    public String matchKey() {
        return Names.neighbourhoodKey(gemeente, name);
    }

    /** Recognises the group by the municipality's number within its gemeente; "" without one. */
    public String sourceMatchKey() {
        return Names.sourceKey(gemeente, sourceKey);
    }
}

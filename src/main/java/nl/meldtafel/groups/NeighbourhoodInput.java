package nl.meldtafel.groups;

import nl.meldtafel.alert.TextChecks;

/** A neighbourhood group as typed in the register form. */
public record NeighbourhoodInput(String name, String wijk, String gemeente) {

    public NeighbourhoodInput {
        name = TextChecks.requireNonBlank("neighbourhood group name", Names.clean(name));
        wijk = TextChecks.requireWellFormed("wijk", Names.clean(wijk));
        gemeente = TextChecks.requireWellFormed("gemeente", Names.clean(gemeente));
    }

    public String matchKey() {
        return Names.neighbourhoodKey(gemeente, name);
    }
}

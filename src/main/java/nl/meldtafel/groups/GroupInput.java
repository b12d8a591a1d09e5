package nl.meldtafel.groups;

import nl.meldtafel.alert.TextChecks;

/** What the register form (or an import) sets on a beheerdersgroep; values are cleaned on creation. */
public record GroupInput(String name, String wijk, String gemeente, boolean active, String notes) {

    public GroupInput {
        name = TextChecks.requireNonBlank("group name", Names.clean(name));
        wijk = TextChecks.requireWellFormed("wijk", Names.clean(wijk));
        gemeente = TextChecks.requireWellFormed("gemeente", Names.clean(gemeente));
        notes = TextChecks.requireWellFormed("notes", notes == null ? "" : notes.strip());
    }

    public static GroupInput of(RegisterGroup g) {
        return new GroupInput(g.name(), g.wijk(), g.gemeente(), g.active(), g.notes());
    }
}

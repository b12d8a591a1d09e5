package nl.meldtafel.groups;

/** One line of the register table. */
public record GroupListItem(RegisterGroup group, int neighbourhoodGroups, int administrators) {
}

package nl.meldtafel.groups;

/** What a confirmed import wrote. */
public record ImportResult(long added, long changed, int newGroups) {
}

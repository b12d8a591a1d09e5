package nl.meldtafel.stats;

/** A beheerdersgroep an alert went to, with its place; never its administrators. */
public record GroupArea(long groupId, String name, String wijk, String gemeente) {

    public GroupArea {
        wijk = wijk == null ? "" : wijk.strip();
        gemeente = gemeente == null ? "" : gemeente.strip();
    }
}

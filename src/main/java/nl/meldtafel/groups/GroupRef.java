package nl.meldtafel.groups;

/**
 * A beheerdersgroep as the log, the checklist and the statistics see it. Deliberately without
 * administrators or notes: nothing reachable from here is personal data.
 */
public record GroupRef(long id, String name, String wijk, String gemeente, boolean active) {

    /** The name with its wijk and gemeente, for pickers: "Beheerders Merenwijk (Merenwijk, Leiden)". */
    public String label() {
        String area = wijk.isEmpty() ? gemeente : gemeente.isEmpty() ? wijk : wijk + ", " + gemeente;
        return area.isEmpty() || area.equals(name) ? name : name + " (" + area + ")";
    }
}

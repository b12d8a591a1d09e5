package nl.meldtafel.groups;

import nl.meldtafel.alert.RowVersion;

/**
 * A beheerdersgroep as the register keeps it.
 *
 * @param name  exactly as the group is called on the team phone, so the officer finds it in WhatsApp
 * @param notes free text for the desk; may mention people, so it never leaves the register
 * @param version what an edit of the group is based on
 */
public record RegisterGroup(long id, String name, String wijk, String gemeente, boolean active, String notes, RowVersion version) {

    public GroupRef ref() {
        return new GroupRef(id, name, wijk, gemeente, active);
    }
}

package nl.meldtafel.groups;

/**
 * A beheerdersgroep as the register keeps it.
 *
 * @param name  exactly as the group is called on the team phone, so the officer finds it in WhatsApp
 * @param notes free text for the desk; may mention people, so it never leaves the register
 */
public record RegisterGroup(long id, String name, String wijk, String gemeente, boolean active, String notes) {

    public GroupRef ref() {
        return new GroupRef(id, name, wijk, gemeente, active);
    }
}

package nl.meldtafel.groups;

import nl.meldtafel.alert.RowVersion;

/** A person who runs one or more neighbourhood groups. Phone and email are personal data: register only. */
public record Administrator(long id, String name, String phone, String email, RowVersion version) {

    /** The name, or the phone when the register gave no name. */
    public String displayName() {
        return !name.isEmpty() ? name : !phone.isEmpty() ? phone : email;
    }
}

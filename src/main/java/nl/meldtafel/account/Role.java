package nl.meldtafel.account;

import java.util.EnumSet;
import java.util.Set;
import nl.meldtafel.alert.Permission;

/** What an officer does at the desk; an account has one or more. */
public enum Role {
    /** The operationeel coördinator at the meldtafel: composes, sends and follows up. */
    OPCO(EnumSet.of(Permission.SEND, Permission.FOLLOW_UP, Permission.READ_LOG)),
    /** Follows up what was sent in his wijken; sends the afloopbericht. */
    WIJKAGENT(EnumSet.of(Permission.SEND, Permission.FOLLOW_UP, Permission.READ_LOG)),
    /** Everything, and what the whole team relies on: retention, holds, the register, accounts, reports. */
    TEAMCHEF(EnumSet.allOf(Permission.class)),
    /** The server and its backups, no message content. */
    BEHEER(EnumSet.of(Permission.SERVER));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = permissions;
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }
}

package nl.meldtafel.account;

import nl.meldtafel.alert.Permission;

/** An officer asked for something his roles do not allow; nothing was changed. */
public final class NotAllowedException extends RuntimeException {

    private final Permission permission;

    public NotAllowedException(String officer, Permission permission) {
        super(officer + " may not: " + permission);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}

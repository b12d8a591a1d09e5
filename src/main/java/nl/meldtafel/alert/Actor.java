package nl.meldtafel.alert;

import java.util.Objects;

/** Who performs an action: the officer who says so, and the operating-system account that ran the program. */
public record Actor(Officer officer, String osAccount) {

    public Actor {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(osAccount, "osAccount");
    }

    /** The officer at this desk, with the account taken from the operating system. */
    public static Actor of(Officer officer) {
        return new Actor(officer, OsAccount.current());
    }
}

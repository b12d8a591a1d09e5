package nl.meldtafel.account;

import java.time.Clock;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.alert.PermissionCheck;

/**
 * The services' check of roles. A log without accounts works as before the accounts existed, so a desk keeps
 * working until the teamchef makes the first one; from then on, an officer without an active account that
 * allows the step is refused. Accounts are never deleted, so once there are any there always will be.
 */
public final class Guard implements PermissionCheck {

    /** How long "no accounts yet" is believed before asking again: another desk may make the first. */
    private static final long NONE_YET_MILLIS = 5_000;

    private final AccountService accounts;
    private final Clock clock;
    private volatile boolean accountsExist;
    private volatile long noneSeenAt;
    private volatile boolean noneSeen;

    public Guard(AccountService accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void require(Actor actor, Permission permission) {
        if (!accountsExist()) {
            return;
        }
        accounts.require(actor, permission);
    }

    private boolean accountsExist() {
        if (accountsExist) {
            return true;
        }
        long now = clock.millis();
        long since = now - noneSeenAt;
        // a clock put back (the PC's, by hand) ends the belief: else it would hold until the clock caught up
        if (noneSeen && since >= 0 && since < NONE_YET_MILLIS) {
            return false;
        }
        if (accounts.anyAccount()) {
            accountsExist = true;
            return true;
        }
        noneSeenAt = now;
        noneSeen = true;
        return false;
    }
}

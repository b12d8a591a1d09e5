package nl.meldtafel.ui.officer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * An idle desk asks for sign-in again after the period the teamchef set (one shift, 8 hours, unless he chose another), so the next officer does not send under the
 * name of the last. Never while an alert is being written, copied or posted: that officer finishes first.
 */
public final class IdleSignOut {

    private final OfficerViewModel officers;
    private final Clock clock;
    private final BooleanSupplier alertInProgress;
    private final BooleanSupplier signInPossible;
    private final Supplier<Duration> after;
    private Instant lastActivity;

    /** {@code after}: the idle period the teamchef set, read each check (he may change it during a shift). */
    public IdleSignOut(OfficerViewModel officers, Clock clock, BooleanSupplier alertInProgress, BooleanSupplier signInPossible,
                       Supplier<Duration> after) {
        this.officers = officers;
        this.signInPossible = signInPossible;
        this.clock = clock;
        this.alertInProgress = alertInProgress;
        this.after = after;
        this.lastActivity = clock.instant();
    }

    /** A key or a click at the desk. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /** Called every half minute on the FX thread; signs out and asks again once the desk was idle long enough. */
    public void check() {
        // nor while the log is away: no one could sign in again, and the desk queues what it sends meanwhile
        if (officers.accountProperty().get() == null || alertInProgress.getAsBoolean() || !signInPossible.getAsBoolean()) {
            return;
        }
        if (Duration.between(lastActivity, clock.instant()).compareTo(after.get()) >= 0) {
            officers.signOut();
            lastActivity = clock.instant();
        }
    }
}

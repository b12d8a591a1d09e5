package nl.meldtafel.template;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether an alert waits for an afloopbericht, when the first follow-up is due and, while it stays
 * open, how often it is due again.
 */
public record FollowUpPolicy(boolean awaitsClosure, Duration due, Duration repeat) {

    public static final FollowUpPolicy NONE = new FollowUpPolicy(false, null, null);

    public FollowUpPolicy {
        if (awaitsClosure) {
            Objects.requireNonNull(due, "due");
            if (due.isNegative() || due.isZero()) {
                throw new IllegalArgumentException("due must be positive");
            }
            if (repeat != null && (repeat.isNegative() || repeat.isZero())) {
                throw new IllegalArgumentException("repeat must be positive");
            }
        }
    }

    public Optional<Duration> repeatInterval() {
        return Optional.ofNullable(repeat);
    }
}

package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Optional;

/**
 * How an alert was closed: by an afloopbericht ({@code byAlertId}, with the {@code outcome} it gave) or
 * with a {@code category} and a typed {@code reason}, by whom and when. {@code reason} is null after a
 * privacy redaction; {@code outcome} and {@code category} stay. Both are null for closures logged before
 * they were kept, and {@code outcome} also when the afloopbericht gave none.
 */
public record Closure(Instant at, Long byAlertId, String reason, long officerId, String osAccount,
                      AlertOutcome outcome, CloseCategory category) {

    public Optional<Long> afloopbericht() {
        return Optional.ofNullable(byAlertId);
    }
}

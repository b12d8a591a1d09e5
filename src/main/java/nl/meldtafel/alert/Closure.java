package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Optional;

/**
 * How an alert was closed: by an afloopbericht ({@code byAlertId}) or with a reason, by whom and when.
 * {@code reason} is null after a privacy redaction.
 */
public record Closure(Instant at, Long byAlertId, String reason, long officerId, String osAccount) {

    public Optional<Long> afloopbericht() {
        return Optional.ofNullable(byAlertId);
    }
}

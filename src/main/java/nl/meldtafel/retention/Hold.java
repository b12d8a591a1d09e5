package nl.meldtafel.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A teamchef's order to keep an alert's content past its retention period, e.g. for an
 * investigation. It ends at the start of {@code until}, or earlier when lifted.
 */
public record Hold(long id, long alertId, String reason, LocalDate until, Instant placedAt, long placedBy,
                   String placedByName, Instant liftedAt, Long liftedBy) {

    public Hold {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    public boolean activeOn(LocalDate today) {
        return liftedAt == null && today.isBefore(until);
    }
}

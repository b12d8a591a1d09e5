package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The version of a row people edit (a group, a response), with who changed it last and when. A change
 * names the version its form was loaded with, so one that finds a newer version can be refused.
 *
 * @param number    0 for a row not written yet (an alert without a response), then 1, 2, ...
 * @param changedAt empty for rows from before versions were kept
 * @param changedBy the officer's name; empty when no officer was named (an import, an older row)
 */
public record RowVersion(long number, Optional<Instant> changedAt, Optional<String> changedBy) {

    /** What a row that does not exist yet is based on. */
    public static final RowVersion NONE = new RowVersion(0, Optional.empty(), Optional.empty());

    public RowVersion {
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(changedBy, "changedBy");
    }

    /** From nullable stored values. */
    public static RowVersion of(long number, Instant changedAt, String changedBy) {
        return new RowVersion(number, Optional.ofNullable(changedAt), Optional.ofNullable(changedBy));
    }
}

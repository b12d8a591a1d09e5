package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Objects;

/** Position in the newest-first log: rows strictly older than ({@code time}, {@code id}) follow. */
public record LogCursor(Instant time, long id) {
    public LogCursor {
        Objects.requireNonNull(time, "time");
    }
}

package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * The response an alert got: calls to 112 and to 0900-8844 the meldkamer attributed to it, and the
 * result it contributed to; with who recorded it and when (the last edit).
 *
 * @param version what the next edit is based on: 1 for the first one recorded
 */
public record AlertResponse(int calls112, int calls0900, ResponseResult result, Instant recordedAt, long recordedById,
                            String recordedByName, long version) {

    /** Calls above this are a typing error, not a response. */
    public static final int MAX_CALLS = 9999;

    public AlertResponse {
        Objects.requireNonNull(result, "result");
        if (calls112 < 0 || calls0900 < 0 || calls112 > MAX_CALLS || calls0900 > MAX_CALLS) {
            throw new IllegalArgumentException("calls must be 0.." + MAX_CALLS);
        }
    }

    public int calls() {
        return calls112 + calls0900;
    }

    /** The version with who recorded it and when, as a refused edit reports it. */
    public RowVersion rowVersion() {
        return RowVersion.of(version, recordedAt, recordedByName);
    }
}

package nl.meldtafel.alert;

import java.util.Objects;

/**
 * Another desk changed the log: which kind of row, and its id. Nothing personal, so it may travel
 * through the server's notifications and the desk's log file.
 *
 * @param id the alert's id for ALERT, POST and RESPONSE; the group's for GROUP; 0 for EVERYTHING
 */
public record LogChange(Kind kind, long id) {

    public enum Kind {
        /** An alert was recorded, confirmed, snoozed, closed or redacted. */
        ALERT,
        /** A group of an alert was ticked or skipped on its paste checklist. */
        POST,
        /** An alert's response (calls, result) was recorded. */
        RESPONSE,
        /** A beheerdersgroep of the register changed. */
        GROUP,
        /** Changes may have been missed (the feed reconnected): read everything again. */
        EVERYTHING
    }

    public LogChange {
        Objects.requireNonNull(kind, "kind");
    }

    public static LogChange everything() {
        return new LogChange(Kind.EVERYTHING, 0);
    }
}

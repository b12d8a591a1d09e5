package nl.meldtafel.alert;

import nl.meldtafel.i18n.Texts;

/** Where an alert is in its life. */
public enum AlertStatus {
    /** Recorded before copying; the officer has not yet confirmed it was posted. */
    PENDING,
    /** Posted and part of the log; open while it awaits an afloopbericht. */
    SENT,
    /** Closed by an afloopbericht or with a reason. */
    CLOSED;

    /** "Open" for a sent alert still awaiting its afloopbericht, so it never reads as done; else {@link #label()}. */
    public String label(boolean awaitsClosure) {
        return this == SENT && awaitsClosure ? Texts.get("log.status.open") : label();
    }

    /** The Dutch name the desk shows, e.g. "Verzonden". */
    public String label() {
        return switch (this) {
            case PENDING -> Texts.get("log.status.pending");
            case SENT -> Texts.get("log.status.sent");
            case CLOSED -> Texts.get("log.status.closed");
        };
    }
}

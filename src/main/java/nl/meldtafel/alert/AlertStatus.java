package nl.meldtafel.alert;

/** Where an alert is in its life. */
public enum AlertStatus {
    /** Recorded before copying; the officer has not yet confirmed it was posted. */
    PENDING,
    /** Posted and part of the log; open while it awaits an afloopbericht. */
    SENT,
    /** Closed by an afloopbericht or with a reason. */
    CLOSED
}

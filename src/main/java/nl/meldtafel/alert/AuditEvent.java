package nl.meldtafel.alert;

/** What an audit entry records. */
public enum AuditEvent {
    /** An alert was confirmed posted. */
    SENT,
    /** An alert was closed, by an afloopbericht or with a reason. */
    CLOSED,
    /** A retention run removed the personal content of alerts; the entry names the run's alerts. */
    REDACTED
}

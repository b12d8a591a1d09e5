package nl.meldtafel.alert;

/** What the services check before they act; each role of an account (nl.meldtafel.account.Role) allows some. */
public enum Permission {
    /** Compose, copy and confirm an alert. */
    SEND,
    /** Confirm, close, put off, tick and record the response of alerts that were sent. */
    FOLLOW_UP,
    /** Read the log and its messages. */
    READ_LOG,
    /** Retention periods and holds. */
    RETENTION,
    /** Edit and import the register of beheerdersgroepen. */
    REGISTER,
    /** Add, change, deactivate accounts and reset passwords. */
    ACCOUNTS,
    /** Team and unit figures. */
    REPORTS,
    /** Server set-up, import and backups. */
    SERVER
}

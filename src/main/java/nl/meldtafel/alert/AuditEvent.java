package nl.meldtafel.alert;

/** What an audit entry records. */
public enum AuditEvent {
    /** An alert was confirmed posted. */
    SENT,
    /** An alert was closed, by an afloopbericht or with a reason. */
    CLOSED,
    /** A retention run removed the personal content of alerts; the entry names the run's alerts. */
    REDACTED,
    /** The chain's second form starts here; the entry holds the officers and the register as they were. */
    FORM,
    /** An alert's text went to the clipboard (recorded as pending). */
    COPIED,
    /** A step taken while the log could not take it (a copy, a closing) reached the log later; its entries keep their own times. */
    RECORDED_LATE,
    /** A pending alert the officer says was never posted was removed. */
    DISCARDED,
    /** A due reminder was put off. */
    SNOOZED,
    /** A group of the paste checklist was ticked off or dismissed with a reason. */
    TICKED,
    /** The response of an alert (calls, result) was recorded or corrected. */
    RESPONSE,
    OFFICER_ADDED,
    OFFICER_RENAMED,
    GROUP_CREATED,
    /** A beheerdersgroep got another name or gemeente. */
    GROUP_RENAMED,
    GROUP_DEACTIVATED,
    GROUP_REACTIVATED,
    /** A beheerdersgroep that never had an alert was deleted. */
    GROUP_REMOVED,
    ADMIN_ADDED,
    ADMIN_REMOVED,
    /** An officer got an account: roles and wijken. */
    ACCOUNT_CREATED,
    /** An account's roles or wijken changed, or it was deactivated or made active again. */
    ACCOUNT_CHANGED,
    /** A password was reset by a teamchef or changed by its officer; the entry holds no password. */
    PASSWORD_SET,
    /** A sign-in with a wrong password, or with a number that has no account. */
    SIGN_IN_FAILED,
    /** Too many wrong passwords in a row: the account is locked for a while. */
    ACCOUNT_LOCKED,
    /** A setting the whole team relies on changed (retention periods, the idle sign-out); the entry holds the new value. */
    SETTING_CHANGED,
    /** An alert was kept from redaction until a date; the reason stays with the hold, not in the chain. */
    HOLD_PLACED,
    /** A hold was lifted before its date. */
    HOLD_LIFTED;

    /** Events that happen at most once per alert: a second one is a replayed or duplicated entry. */
    public boolean oncePerAlert() {
        return this == SENT || this == CLOSED || this == COPIED || this == DISCARDED;
    }
}

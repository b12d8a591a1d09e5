package nl.meldtafel.alert;

/**
 * Someone else (another desk, or this one in another window) changed the row after the officer's form was
 * loaded: the change is refused, so it does not silently undo theirs. It says who changed it and when; the
 * form keeps what was typed.
 */
public final class ChangedMeanwhileException extends IllegalStateException {

    /** What kind of row it is, for the officer's message. */
    public enum Subject { GROUP, NEIGHBOURHOOD_GROUP, ADMINISTRATOR, RESPONSE }

    private final Subject subject;
    private final long id;
    private final long basedOn;
    private final transient RowVersion current;

    public ChangedMeanwhileException(Subject subject, long id, long basedOn, RowVersion current) {
        // ids and versions only: this text may reach the log file, the officer's name may not
        super(subject + " " + id + " is at version " + current.number() + " since "
                + current.changedAt().map(Object::toString).orElse("an unknown time") + "; the change was based on version " + basedOn);
        this.subject = subject;
        this.id = id;
        this.basedOn = basedOn;
        this.current = current;
    }

    public Subject subject() {
        return subject;
    }

    /** The group's, buurtgroep's or administrator's id; the alert's for a response. */
    public long id() {
        return id;
    }

    public long basedOn() {
        return basedOn;
    }

    /** The version that was found, with who made it and when. */
    public RowVersion current() {
        return current;
    }
}

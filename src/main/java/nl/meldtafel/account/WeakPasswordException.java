package nl.meldtafel.account;

/** A new password the desk does not accept; the reason is shown in Dutch by the caller. */
public final class WeakPasswordException extends IllegalArgumentException {

    public enum Reason { TOO_SHORT, TOO_LONG }

    private final Reason reason;

    public WeakPasswordException(Reason reason) {
        super("password " + reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

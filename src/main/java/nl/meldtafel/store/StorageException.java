package nl.meldtafel.store;

/**
 * The one unchecked exception of the storage layer. The message says in plain words what failed
 * ("Could not save alert: disk full"); {@link #reason()} lets the UI pick its own (Dutch) text.
 */
public class StorageException extends RuntimeException {

    /** Why storage failed, as far as the program can tell. */
    public enum Reason {
        DISK_FULL("disk full"),
        READ_ONLY("the data folder or file is read-only"),
        CORRUPT("the database file is damaged or not a Meldtafel database"),
        LOCKED("the database is busy (another Meldtafel is using it)"),
        NEWER_VERSION("the database was made by a newer Meldtafel"),
        UNREACHABLE("the server cannot be reached"),
        NO_PERMISSION("the server refused: this login lacks the right (see server init's desk role)"),
        NOT_SET_UP("the server's administrator runs `server init` for this Meldtafel first"),
        UNKNOWN_TEAM("the server has no team of that name (`team list` shows them)"),
        OTHER("unexpected storage error");

        private final String plainWords;

        Reason(String plainWords) {
            this.plainWords = plainWords;
        }

        public String plainWords() {
            return plainWords;
        }
    }

    private final Reason reason;

    public StorageException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StorageException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}

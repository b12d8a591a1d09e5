package nl.meldtafel.store;

/** Storage was asked for while the database is not open (still opening, or it failed to open). */
public final class StorageUnavailableException extends RuntimeException {

    public StorageUnavailableException() {
        super("The database is not open");
    }
}

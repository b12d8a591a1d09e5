package nl.meldtafel.store;

import java.util.Optional;

/** A database made by a newer Meldtafel, with both versions, so the desk can name them in Dutch. */
public final class NewerVersionException extends StorageException {

    private final String writtenBy;
    private final String self;

    NewerVersionException(String message, Optional<String> writtenBy, String self) {
        super(Reason.NEWER_VERSION, message);
        this.writtenBy = writtenBy.orElse(null);
        this.self = self;
    }

    /** The version that wrote the database last, when it recorded itself. */
    public Optional<String> writtenBy() {
        return Optional.ofNullable(writtenBy);
    }

    /** This Meldtafel's version. */
    public String self() {
        return self;
    }
}

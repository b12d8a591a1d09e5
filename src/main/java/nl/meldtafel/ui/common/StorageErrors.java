package nl.meldtafel.ui.common;

import nl.meldtafel.i18n.Texts;
import nl.meldtafel.store.StorageException;

import java.util.Optional;

/** Turns what went wrong in storage into a few Dutch words for the officer ("schijf vol"). */
public final class StorageErrors {

    private StorageErrors() {
    }

    /** The storage reason somewhere in the cause chain, if storage failed. */
    public static Optional<StorageException.Reason> reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage) {
                return Optional.of(storage.reason());
            }
        }
        return Optional.empty();
    }

    /** A short phrase that fits after "Opslaan mislukt: ". */
    public static String describe(Throwable error) {
        if (error instanceof StorageUnavailableException) {
            return Texts.get("storage.reason.unavailable");
        }
        return switch (reason(error).orElse(StorageException.Reason.OTHER)) {
            case DISK_FULL -> Texts.get("storage.reason.disk_full");
            case READ_ONLY -> Texts.get("storage.reason.read_only");
            case CORRUPT -> Texts.get("storage.reason.corrupt");
            case LOCKED -> Texts.get("storage.reason.locked");
            case NEWER_VERSION -> Texts.get("storage.reason.newer_version");
            case OTHER -> Texts.get("storage.reason.other", String.valueOf(error.getMessage()));
        };
    }
}

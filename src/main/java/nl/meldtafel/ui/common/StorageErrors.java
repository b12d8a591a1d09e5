package nl.meldtafel.ui.common;

import nl.meldtafel.account.NotAllowedException;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.StorageUnavailableException;

import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Turns what went wrong in storage into a few Dutch words for the officer ("schijf vol"). Never the
 * exception's own text: it is English, may quote SQL or a typed value, and says nothing about what to do.
 * The details are in the log, written where the task failed (see {@link TaskRunner#logFailure}).
 */
public final class StorageErrors {

    private static final String NOT_ALLOWED = "account.notAllowed.";

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
        if (error instanceof NotAllowedException refused) {
            return notAllowed(refused.permission());
        }
        return switch (reason(error).orElse(StorageException.Reason.OTHER)) {
            case DISK_FULL -> Texts.get("storage.reason.disk_full");
            case READ_ONLY -> Texts.get("storage.reason.read_only");
            case CORRUPT -> Texts.get("storage.reason.corrupt");
            case LOCKED -> Texts.get("storage.reason.locked");
            case NEWER_VERSION -> Texts.get("storage.reason.newer_version");
            case UNREACHABLE -> Texts.get("storage.reason.unreachable");
            case NO_PERMISSION -> Texts.get("storage.reason.no_permission");
            case NOT_SET_UP -> Texts.get("storage.reason.not_set_up");
            case UNKNOWN_TEAM -> Texts.get("storage.reason.unknown_team");
            case OTHER -> fileReason(error).orElseGet(StorageErrors::unexpected);
        };
    }

    /** Who may take steps needing {@code permission}, said when the officer at the desk may not. */
    public static String notAllowed(Permission permission) {
        return Texts.get(NOT_ALLOWED + permission.name());
    }

    /** For an error nobody foresaw: what happened and what to do, pointing to the log for the details. */
    public static String unexpected() {
        return Texts.get("error.unexpected");
    }

    private static Optional<String> fileReason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return Optional.of(Texts.get("error.file.missing"));
            }
            if (t instanceof AccessDeniedException) {
                return Optional.of(Texts.get("error.file.denied"));
            }
        }
        return Optional.empty();
    }
}

package nl.meldtafel.ui.common;

import nl.meldtafel.store.Storage;

import java.util.Optional;

/**
 * The desk's open database, if any. Read from the task runner's worker: the storage opens in the
 * background, and every step after it (sending, officers, follow-up) goes through this.
 */
@FunctionalInterface
public interface StorageAccess {

    Optional<Storage> current();

    /** The open storage; a {@link StorageUnavailableException} when it is not (yet) open. */
    default Storage require() {
        return current().orElseThrow(StorageUnavailableException::new);
    }
}

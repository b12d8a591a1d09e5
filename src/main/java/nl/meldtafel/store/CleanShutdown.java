package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Remembers that the database was closed cleanly and how it looked then (size, modification time),
 * so start-up can skip the full-file quick check when nothing touched the file since: at a million
 * alerts that check reads gigabytes. Any change, a crash (no marker) or another process still using
 * the file (a WAL file left) means the check runs as before.
 */
final class CleanShutdown {

    private static final Logger LOG = LoggerFactory.getLogger(CleanShutdown.class);

    private CleanShutdown() {
    }

    static Path marker(Path db) {
        return db.resolveSibling(db.getFileName() + ".clean");
    }

    /** Whether the file is exactly as it was left by a clean close. */
    static boolean unchangedSince(Path db) {
        try {
            Path marker = marker(db);
            return Files.exists(marker) && !Files.exists(wal(db))
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(fingerprint(db));
        } catch (IOException e) {
            LOG.info("Clean-shutdown marker unreadable; the whole file is checked", e);
            return false;
        }
    }

    /** Called before writing: from now on a crash must lead to a check. */
    static void forget(Path db) {
        try {
            Files.deleteIfExists(marker(db));
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER,
                    "Could not remove " + marker(db) + ": " + e.getMessage(), e);
        }
    }

    /** Called after the connection closed; only the last user of the file leaves no WAL behind. */
    static void record(Path db) {
        try {
            if (Files.exists(db) && !Files.exists(wal(db))) {
                Files.writeString(marker(db), fingerprint(db), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            // without a marker the next start simply checks the whole file
            LOG.warn("Could not write the clean-shutdown marker", e);
        }
    }

    private static Path wal(Path db) {
        return db.resolveSibling(db.getFileName() + "-wal");
    }

    private static String fingerprint(Path db) throws IOException {
        return Files.size(db) + " " + Files.getLastModifiedTime(db).toMillis() + " "
                + Files.getLastModifiedTime(db).toInstant().getNano();
    }
}

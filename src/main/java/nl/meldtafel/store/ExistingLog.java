package nl.meldtafel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a data folder holds a log to work on. A mistyped folder or a database emptied to 0 bytes is
 * a missing log, never a fresh one: opening it would create an empty log that then "verifies".
 */
public final class ExistingLog {

    private ExistingLog() {
    }

    /** What the desk finds in its data folder at start-up. */
    public enum AtStart {
        /** A database with content: open it. */
        PRESENT,
        /** No database and no trace of one: the first start, which creates it. */
        FIRST_START,
        /** No database, but backups show there was a log: it went missing, and is not recreated. */
        MISSING,
        /** The database file is there but empty (0 bytes): emptied, and not recreated over. */
        EMPTIED
    }

    /** Only a folder that never held a log gets a new one; a log that went away is reported, not replaced. */
    public static AtStart atStart(Path folder) {
        Path file = Storage.databaseFile(folder);
        try {
            if (Files.exists(file)) {
                return Files.size(file) == 0 ? AtStart.EMPTIED : AtStart.PRESENT;
            }
            Path backups = folder.resolve(BackupService.FOLDER);
            if (Files.isDirectory(backups)) {
                try (var entries = Files.list(backups)) {
                    if (entries.anyMatch(Files::isRegularFile)) {
                        return AtStart.MISSING;
                    }
                }
            }
        } catch (IOException e) {
            return AtStart.PRESENT; // opening says what cannot be read
        }
        return AtStart.FIRST_START;
    }

    /** Empty when the folder holds a database with content; else what is wrong, in one sentence. */
    public static Optional<String> problem(Path folder) {
        Path file = Storage.databaseFile(folder);
        if (!Files.isDirectory(folder)) {
            return Optional.of("No Meldtafel database in " + folder + ": the folder does not exist"
                    + " (give the desk's folder with --data-dir)");
        }
        if (!Files.exists(file)) {
            return Optional.of("No Meldtafel database in " + folder + " (give the desk's folder with --data-dir)");
        }
        try {
            if (Files.size(file) == 0) {
                return Optional.of("The database " + file + " is empty (0 bytes): the log is missing."
                        + " Restore it from a backup in " + folder.resolve("backups"));
            }
        } catch (IOException e) {
            return Optional.of("Cannot read " + file + ": " + e.getMessage());
        }
        return Optional.empty();
    }
}

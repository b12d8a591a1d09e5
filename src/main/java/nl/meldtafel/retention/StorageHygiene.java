package nl.meldtafel.retention;

import java.time.Duration;
import java.util.List;

/** Leaves no copy of removed content behind in the database's journal or in kept backups. */
public interface StorageHygiene {

    /**
     * Moves everything out of the write-ahead log into the database file and truncates the log, so no
     * old page survives in either. Another program reading the database holds old pages in place: this
     * waits for it and retries, within a bound. Returns whether it got through.
     */
    boolean checkpoint();

    /**
     * Removes backups older than {@code maxAge} and those that still hold content now redacted or
     * drafts saved before {@code draftCutoff}; makes a fresh backup first when one is removed for
     * that reason, so a backup always exists.
     */
    BackupCleanup cleanBackups(Duration maxAge, java.time.Instant draftCutoff);

    record BackupCleanup(List<String> removed, boolean refreshed) {
        public BackupCleanup {
            removed = List.copyOf(removed);
        }
    }
}

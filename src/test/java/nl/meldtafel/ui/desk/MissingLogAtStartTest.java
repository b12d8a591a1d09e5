package nl.meldtafel.ui.desk;

import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk creates a log only in a folder that never had one, and says so. A log that went missing
 * (backups show there was one) or was emptied to 0 bytes is reported, never replaced by an empty one.
 */
class MissingLogAtStartTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    private DatabaseViewModel open(Path folder) {
        DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), Storage.at(folder, clock), folder);
        database.open();
        return database;
    }

    @Test
    void theFirstStartInAnEmptyFolderCreatesTheLogAndSaysSo() {
        DatabaseViewModel database = open(dir);
        try {
            assertEquals(DatabaseViewModel.State.OK, database.stateProperty().get());
            assertEquals("Database ok (nieuw aangemaakt: dit is de eerste start in deze map)", database.statusProperty().get());
        } finally {
            database.close();
        }
        DatabaseViewModel again = open(dir);
        assertEquals("Database ok", again.statusProperty().get(), "the second start opens it as usual");
        again.close();
    }

    @Test
    void aLogThatWentMissingBesideItsBackupsIsReportedNotRecreated() throws Exception {
        try (Storage storage = Storage.open(dir, clock)) {
            storage.backups().dailyIfDue().orElseThrow();
        }
        Path backup;
        try (var files = Files.list(dir.resolve("backups"))) {
            backup = files.findFirst().orElseThrow();
        }
        Files.delete(Storage.databaseFile(dir));

        DatabaseViewModel database = open(dir);

        assertEquals(DatabaseViewModel.State.FAILED, database.stateProperty().get());
        assertEquals("Logboek ontbreekt", database.statusProperty().get());
        assertTrue(database.problemProperty().get().contains("reservekopie"), database.problemProperty().get());
        assertFalse(Files.exists(Storage.databaseFile(dir)), "no new, empty log made");

        Files.copy(backup, Storage.databaseFile(dir)); // the beheerder restores it
        database.retry();
        assertEquals(DatabaseViewModel.State.OK, database.stateProperty().get());
        database.close();
    }

    @Test
    void aLogEmptiedToZeroBytesIsReportedAndLeftAsItIs() throws Exception {
        Storage.open(dir, clock).close();
        Files.write(Storage.databaseFile(dir), new byte[0]);
        Files.deleteIfExists(dir.resolve("meldtafel.db-wal"));
        Files.deleteIfExists(dir.resolve("meldtafel.db-shm"));

        DatabaseViewModel database = open(dir);

        assertEquals(DatabaseViewModel.State.FAILED, database.stateProperty().get());
        assertEquals("Logboek is leeg gemaakt", database.statusProperty().get());
        assertEquals(0, Files.size(Storage.databaseFile(dir)), "not silently recreated");
        database.close();
    }
}

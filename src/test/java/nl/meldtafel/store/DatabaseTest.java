package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import nl.meldtafel.alert.Actor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @Test
    void everyConnectionUsesWalFullSyncForeignKeysBusyTimeoutAndSecureDelete() {
        try (Database db = Database.open(dir.resolve("meldtafel.db"))) {
            assertEquals("wal", pragma(db, "journal_mode"));
            assertEquals("2", pragma(db, "synchronous"));
            assertEquals("1", pragma(db, "foreign_keys"));
            assertEquals("5000", pragma(db, "busy_timeout"));
            assertEquals("1", pragma(db, "secure_delete"));
        }
    }

    @Test
    void firstStartCreatesTheDataFolderAndDatabase() {
        Path folder = dir.resolve("nieuw").resolve("meldtafel");

        Storage.open(folder, clock).close();

        assertTrue(Files.isRegularFile(folder.resolve("meldtafel.db")));
    }

    @Test
    void fileThatIsNotADatabaseIsReportedAsCorruptNamingTheFile() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        Files.writeString(file, "Dit is een boodschappenlijstje, geen database. ".repeat(200));

        StorageException e = assertThrows(StorageException.class, () -> Storage.open(dir, clock));

        assertEquals(StorageException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void damagedDatabaseFailsQuickCheckAtStartUp() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        try (Storage s = Storage.open(dir, clock)) {
            Actor a = Fixtures.officer(s, "J. de Vries", "1");
            for (int i = 0; i < 300; i++) {
                s.alertService().recordPending(Fixtures.heterdaad("Inbraak nummer " + i + " ".repeat(200)), a);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 * 2; i < bytes.length; i += 97) {
            bytes[i] = (byte) 0x5a; // scribble over table and index pages, keep the header
        }
        Files.write(file, bytes);

        StorageException e = assertThrows(StorageException.class, () -> Storage.open(dir, clock));

        assertEquals(StorageException.Reason.CORRUPT, e.reason());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void startUpAfterACleanCloseSkipsTheFullCheckAndAfterAnyChangeDoesIt() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        try (Storage s = Storage.open(dir, clock)) {
            Actor a = Fixtures.officer(s, "J. de Vries", "1");
            for (int i = 0; i < 300; i++) {
                s.alertService().recordPending(Fixtures.heterdaad("Inbraak nummer " + i + " ".repeat(200)), a);
            }
        }
        // damage only the last pages (alert data, written last), where opening never looks; keep size and time
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(file);
        byte[] bytes = Files.readAllBytes(file);
        for (int i = bytes.length - 4096 * 8; i < bytes.length; i += 97) {
            bytes[i] = (byte) 0x5a;
        }
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, modified);
        assertTrue(CleanShutdown.unchangedSince(file));

        // a large log opens at once after a clean close: the marker stands for the check (this is what
        // must not read the whole file, even though reading the schema creates the WAL file first)
        Storage.open(dir, clock).close();

        Files.delete(CleanShutdown.marker(file));
        StorageException e = assertThrows(StorageException.class, () -> Storage.open(dir, clock));
        assertEquals(StorageException.Reason.CORRUPT, e.reason(), "without the marker the same file is checked");
    }

    @Test
    void onlyACleanCloseLeavesTheMarkerThatLetsStartUpSkipTheFullCheck() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        Storage first = Storage.open(dir, clock);
        assertFalse(Files.exists(CleanShutdown.marker(file)), "no marker while the file is in use");
        first.close();
        assertTrue(CleanShutdown.unchangedSince(file));

        Storage second = Storage.open(dir, clock);
        Fixtures.officer(second, "J. de Vries", "1");
        assertFalse(CleanShutdown.unchangedSince(file), "a crash now must lead to a full check");
        second.close();
        assertTrue(CleanShutdown.unchangedSince(file));

        Files.write(file, new byte[] {1}, java.nio.file.StandardOpenOption.APPEND);
        assertFalse(CleanShutdown.unchangedSince(file), "any change to the file voids the marker");
    }

    @Test
    void movingADamagedFileAsideKeepsItAndLetsAFreshDatabaseStart() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        byte[] junk = "kapot".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Files.write(file, junk);
        Files.writeString(dir.resolve("meldtafel.db-wal"), "wal");

        Path aside = Storage.moveAside(dir, clock);

        assertEquals("meldtafel.db.beschadigd-20261123-140000", aside.getFileName().toString());
        assertArrayEquals(junk, Files.readAllBytes(aside));
        assertTrue(Files.exists(dir.resolve("meldtafel.db.beschadigd-20261123-140000-wal")));
        try (Storage fresh = Storage.open(dir, clock)) {
            assertTrue(fresh.alertService().unconfirmed().isEmpty());
        }
    }

    @Test
    void databaseOfANewerMeldtafelIsRefusedAndLeftByteForByteUnchanged() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        Fixtures.exec(file, "CREATE TABLE future (x TEXT)", "INSERT INTO future VALUES ('van later')",
                "PRAGMA user_version = 99");
        byte[] before = Files.readAllBytes(file);

        StorageException e = assertThrows(StorageException.class, () -> Storage.open(dir, clock));

        assertEquals(StorageException.Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("newer Meldtafel"), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void refusingANewerDatabaseNamesTheVersionThatWroteItAndThisOne() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        Fixtures.exec(file, "CREATE TABLE program_version (id INTEGER PRIMARY KEY, version TEXT NOT NULL)",
                "INSERT INTO program_version VALUES (1, '0.9.0')", "PRAGMA user_version = 99");

        StorageException e = assertThrows(StorageException.class, () -> Storage.open(dir, clock));

        assertEquals(StorageException.Reason.NEWER_VERSION, e.reason());
        assertTrue(e.getMessage().contains("written by Meldtafel 0.9.0 (schema version 99)"), e.getMessage());
        assertTrue(e.getMessage().contains("this is Meldtafel " + ProgramVersion.current()), e.getMessage());
    }

    @Test
    void theDatabaseRecordsWhichVersionWroteItLast() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            assertEquals(java.util.Optional.of(ProgramVersion.current()),
                    s.database().read("version", ProgramVersion::writtenBy));
        }
    }

    @Test
    void databaseOfAnotherProgramIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("meldtafel.db");
        Fixtures.exec(file, "CREATE TABLE contacts (name TEXT)");
        byte[] before = Files.readAllBytes(file);

        StorageException e = assertThrows(StorageException.class, () -> Storage.open(dir, clock));

        assertEquals(StorageException.Reason.CORRUPT, e.reason());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    @Test
    void fullDiskIsReportedAsDiskFullWithoutLosingEarlierAlerts() {
        try (Storage s = Storage.open(dir, clock)) {
            Actor a = Fixtures.officer(s, "J. de Vries", "1");
            long kept = s.alertService().recordPending(Fixtures.heterdaad("Past nog"), a);
            long pages = Long.parseLong(pragma(s.database(), "page_count"));
            s.database().alone("limit size", c -> c.createStatement().execute("PRAGMA max_page_count = " + (pages + 2)));

            StorageException e = assertThrows(StorageException.class,
                    () -> s.alertService().recordPending(Fixtures.heterdaad("x".repeat(100_000)), a));

            assertEquals(StorageException.Reason.DISK_FULL, e.reason());
            assertEquals("Could not save alert: disk full", e.getMessage());
            assertTrue(s.alertService().find(kept).isPresent());
        }
    }

    @Test
    void writingToAReadOnlyDatabaseIsReportedAsReadOnly() {
        try (Storage s = Storage.open(dir, clock)) {
            s.database().alone("query only", c -> c.createStatement().execute("PRAGMA query_only = 1"));

            StorageException e = assertThrows(StorageException.class, () -> s.officers().register("A", "1"));

            assertEquals(StorageException.Reason.READ_ONLY, e.reason());
        }
    }

    @Test
    void readOnlyDataFolderGivesAClearError() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("ro"));
        // Root ignores file modes, and CI runs as root: there the folder is made immutable instead.
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            chattr("+i", folder);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        try {
            StorageException e = assertThrows(StorageException.class, () -> Storage.open(folder, clock));
            assertEquals(StorageException.Reason.READ_ONLY, e.reason(), e.getMessage());
        } finally {
            if (root) {
                chattr("-i", folder);
            } else {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static void chattr(String flag, Path folder) throws Exception {
        Process p = new ProcessBuilder("chattr", flag, folder.toString()).redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), "chattr " + flag + " failed (an ext4 temp folder is needed when tests run as root): " + said);
    }

    @Test
    void failedWorkInATransactionLeavesNothingBehind() {
        try (Storage s = Storage.open(dir, clock)) {
            assertThrows(IllegalStateException.class, () -> s.database().inTransaction("test", () -> {
                s.officers().register("Half", "99");
                throw new IllegalStateException("boom");
            }));

            assertFalse(s.officers().findByPersonnelNumber("99").isPresent());
        }
    }

    static String pragma(Database db, String name) {
        return db.read("pragma", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    /** A send queues behind a backup, but waits its turn behind one short batch of a redaction run. */
    @Test
    void onlyLongWorkMakesTheLogBusyForASend() throws Exception {
        try (Database db = Database.open(dir.resolve("meldtafel.db"))) {
            assertFalse(db.isBusy());
            for (boolean backup : new boolean[] {true, false}) {
                java.util.concurrent.CountDownLatch holding = new java.util.concurrent.CountDownLatch(1);
                java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
                SqlWork<Void> hold = c -> {
                    holding.countDown();
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                };
                Thread worker = new Thread(() -> {
                    if (backup) {
                        db.alone("backup", hold);
                    } else {
                        db.write("one batch", hold);
                    }
                });
                worker.start();
                holding.await();
                assertEquals(backup, db.isBusy(), backup ? "a backup holds the log" : "a short transaction does not");
                release.countDown();
                worker.join();
                assertFalse(db.isBusy());
            }
        }
    }
}

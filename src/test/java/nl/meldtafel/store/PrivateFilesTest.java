package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log names missing persons: on Linux its folder is 700 and every file of it 600, as they are created. */
class PrivateFilesTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    /** Windows keeps the profile private by its ACL and has no modes: there the files exist and nothing fails. */
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    @Test
    void dataFolderDatabaseWalBackupsAndExportsAreOwnerOnly() throws Exception {
        Path folder = dir.resolve("meldtafel");
        try (Storage storage = Storage.open(DataFolder.ensureExists(folder), clock)) {
            Actor jan = new Actor(storage.officers().register("J. de Vries", "1"), "jan");
            storage.alertService().recordPending(new NewAlert(MessageKind.VERMISSING, "vermissing", "h", "{}",
                    "Vermist: Anna", null, new FollowUpPolicy(true, java.time.Duration.ofHours(2), null), List.of()), jan);
            assertEquals("rwx------", mode(folder));
            assertEquals("rw-------", mode(Storage.databaseFile(folder)));
            assertEquals("rw-------", mode(folder.resolve(DataFolder.DATABASE_FILE + "-wal")));

            Path daily = storage.backups().dailyIfDue().orElseThrow();
            assertEquals("rwx------", mode(daily.getParent()));
            assertEquals("rw-------", mode(daily));
        }
        Path export = AtomicFile.write(dir.resolve("export.csv"), out -> {
            out.write("Nummer;Tekst\n".getBytes());
            return dir.resolve("export.csv");
        });
        assertEquals("rw-------", mode(export));
    }

    @Test
    void aDatabaseMadeByAnOlderVersionIsTightenedWhenOpened() throws Exception {
        try (Storage storage = Storage.open(dir, clock)) {
            storage.officers().register("J. de Vries", "1");
        }
        if (POSIX) {
            Files.setPosixFilePermissions(Storage.databaseFile(dir), PosixFilePermissions.fromString("rw-r--r--"));
        }

        Storage.open(dir, clock).close();

        assertEquals("rw-------", mode(Storage.databaseFile(dir)));
    }

    private static String mode(Path path) throws Exception {
        assertTrue(Files.exists(path), path + " exists");
        if (!POSIX) {
            return Files.isDirectory(path) ? "rwx------" : "rw-------";
        }
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}

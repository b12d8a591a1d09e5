package nl.meldtafel.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** settings.json: one file, replaced atomically, never stopping the desk from starting (issue 13, point 6). */
class SettingsFileTest {

    static final DeskSettings ALL = DeskSettings.DEFAULTS
            .withWindow(new WindowPlacement(40, 30, 1200, 700, true))
            .withLastOfficer(new LastOfficer("123456", 7L, "J. de Vries"))
            .withZone(ZoneId.of("America/Kralendijk"))
            .withSecondAnchorPlace(Path.of("/mnt/teamschijf/meldtafel"));

    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T15:30:00Z"), ZoneOffset.UTC);

    @Test
    void everySettingComesBackFromOneFile() throws Exception {
        assertEquals(ALL, new SettingsFile(dir).update(s -> ALL));

        assertEquals(ALL, new SettingsFile(dir).load());
        assertEquals(ALL, new SettingsFile(dir).read());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve(SettingsFile.NAME)), files.toList(), "one file, no temporary one left");
        }
    }

    @Test
    void theFileIsReadableByItsOwnerOnly() throws Exception {
        new SettingsFile(dir).update(s -> ALL);
        Path file = dir.resolve(SettingsFile.NAME);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        }
    }

    @Test
    void aMissingDataFolderIsMadePrivate() throws Exception {
        Path folder = dir.resolve("nieuw");
        new SettingsFile(folder).update(s -> ALL);
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        }
    }

    @Test
    void clearingAValueRemovesIt() throws Exception {
        new SettingsFile(dir).update(s -> ALL);
        new SettingsFile(dir).update(s -> s.withSecondAnchorPlace(null));
        assertEquals(Optional.empty(), new SettingsFile(dir).read().secondAnchorPlace());
        assertEquals(ALL.window(), new SettingsFile(dir).read().window());
    }

    @Test
    void aFieldOfANewerVersionSurvivesASave() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"version\":2,\"theme\":\"donker\"}");
        new SettingsFile(dir).update(s -> s.withZone(ZoneId.of("UTC")));

        String saved = Files.readString(dir.resolve(SettingsFile.NAME));
        assertTrue(saved.contains("\"theme\" : \"donker\""), saved);
        assertEquals(Optional.of(ZoneId.of("UTC")), new SettingsFile(dir).read().zone());
    }

    @Test
    void aLeftoverTemporaryFileOfACrashNeverHidesTheLastGoodSettings() throws Exception {
        new SettingsFile(dir).update(s -> ALL);
        // a crash between writing the temporary file and moving it over
        Files.writeString(dir.resolve(SettingsFile.NAME + ".4711.tmp"), "{\"zone\":\"Eur");
        Files.writeString(dir.resolve(SettingsFile.NAME + ".tmp"), "");

        assertEquals(ALL, new SettingsFile(dir).load());
        assertEquals(ALL.withZone(ZoneId.of("UTC")), new SettingsFile(dir).update(s -> s.withZone(ZoneId.of("UTC"))));
        assertEquals(ALL.withZone(ZoneId.of("UTC")), new SettingsFile(dir).read());
    }

    @Test
    void aChangeThatFailsLeavesTheLastGoodSettings() throws Exception {
        new SettingsFile(dir).update(s -> ALL);
        assertThrows(IllegalStateException.class, () -> new SettingsFile(dir).update(s -> {
            throw new IllegalStateException("halfway");
        }));
        assertEquals(ALL, new SettingsFile(dir).read());
    }

    @Test
    void aDamagedFileIsKeptAsideAndTheDeskStartsWithDefaults() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"zone\":\"Europe/Ams");
        Files.writeString(dir.resolve(LegacySettingsFiles.ZONE), "{\"zone\":\"UTC\"}"); // older still: not taken over

        assertEquals(DeskSettings.DEFAULTS, new SettingsFile(dir, clock).load());

        Path aside = dir.resolve(SettingsFile.NAME + ".damaged-20261203-153000-000");
        assertEquals("{\"zone\":\"Europe/Ams", Files.readString(aside), "kept for support");
        assertEquals(DeskSettings.DEFAULTS, new SettingsFile(dir).read(), "replaced by defaults");
    }

    @Test
    void aFieldOfTheWrongTypeIsADamagedFile() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"window\":\"groot\",\"zone\":\"UTC\"}");
        assertEquals(DeskSettings.DEFAULTS, new SettingsFile(dir, clock).load());
        assertTrue(Files.exists(dir.resolve(SettingsFile.NAME + ".damaged-20261203-153000-000")));
    }

    @Test
    void aChangeOnADamagedFileKeepsItAsideFirst() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "[]");
        assertEquals(DeskSettings.DEFAULTS.withZone(ZoneId.of("UTC")),
                new SettingsFile(dir, clock).update(s -> s.withZone(ZoneId.of("UTC"))));
        assertEquals("[]", Files.readString(dir.resolve(SettingsFile.NAME + ".damaged-20261203-153000-000")));
    }

    @Test
    void readingForTheAnchorsFailsOnADamagedFileAndChangesNothing() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{ kapot");
        assertThrows(DamagedSettingsException.class, () -> new SettingsFile(dir).read());
        assertEquals("{ kapot", Files.readString(dir.resolve(SettingsFile.NAME)));
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void anUnknownZoneIsSkippedAndTheRestKept() throws Exception {
        new SettingsFile(dir).update(s -> ALL);
        String saved = Files.readString(dir.resolve(SettingsFile.NAME)).replace("America/Kralendijk", "Mars/Olympus");
        Files.writeString(dir.resolve(SettingsFile.NAME), saved);

        DeskSettings loaded = new SettingsFile(dir).load();
        assertEquals(Optional.empty(), loaded.zone());
        assertEquals(ALL.lastOfficer(), loaded.lastOfficer());
        assertFalse(Files.list(dir).anyMatch(p -> p.getFileName().toString().contains("damaged")));
    }

    @Test
    void anUnreadableFileNeverStopsTheStartButIsNotOverwritten() throws Exception {
        Files.createDirectory(dir.resolve(SettingsFile.NAME)); // cannot be read as a file
        assertEquals(DeskSettings.DEFAULTS, new SettingsFile(dir).load());
        assertThrows(java.io.IOException.class, () -> new SettingsFile(dir).update(s -> ALL));
        assertTrue(Files.isDirectory(dir.resolve(SettingsFile.NAME)));
    }
}

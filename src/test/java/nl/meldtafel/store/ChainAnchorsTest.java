package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.settings.SettingsFile;
import nl.meldtafel.settings.SettingsSaver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chain head is anchored outside the database, automatically (issue 11, point 2). */
class ChainAnchorsTest {

    @TempDir
    Path dir;
    @TempDir
    Path share;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @Test
    void aCleanCloseAnchorsTheHeadBesideTheBackupsAndInTheSecondPlace() throws Exception {
        ChainHead head;
        try (Storage s = Storage.open(dir, clock)) {
            s.anchors().setSecondPlace(share);
            sendOne(s, "Inbraak");
            head = s.audit().head().orElseThrow();
        }

        for (Path file : List.of(dir.resolve("backups").resolve(ChainAnchors.FILE), share.resolve(ChainAnchors.FILE))) {
            List<ChainAnchors.Anchor> anchors = ChainAnchors.read(file);
            assertEquals(1, anchors.size(), file.toString());
            assertEquals(head.seq(), anchors.get(0).seq());
            assertEquals(head.hash(), anchors.get(0).hash());
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            }
        }
    }

    @Test
    void theDailyBackupAnchorsTheHeadOnceAndAnUnchangedCloseAddsNothing() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            sendOne(s, "Inbraak");
            assertTrue(s.dailyBackup().isPresent());
            assertEquals(s.audit().head().orElseThrow().seq(), s.anchors().newest().orElseThrow().seq());
            clock.advance(Duration.ofMinutes(5));
        }
        assertEquals(1, ChainAnchors.read(dir.resolve("backups").resolve(ChainAnchors.FILE)).size(),
                "the close found the head anchored already");
    }

    @Test
    void aLogThatNoLongerHoldsTheNewestAnchorGetsNoNewOneSoTheEvidenceStays() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            sendOne(s, "Inbraak");
        }
        ChainAnchors.Anchor kept = new ChainAnchors(dir).newest().orElseThrow();
        Fixtures.exec(Storage.databaseFile(dir), "DROP TRIGGER audit_entry_no_delete", "DELETE FROM audit_entry");

        try (Storage s = Storage.open(dir, clock)) {
            sendOne(s, "Na het wissen");
            StorageException refused = assertThrows(StorageException.class, s::anchorHead);
            assertTrue(refused.getMessage().contains("not in the log"), refused.getMessage());
        }
        assertEquals(kept, new ChainAnchors(dir).newest().orElseThrow());
    }

    @Test
    void aSecondPlaceMustBeAFolderTheDeskCanWriteIn() {
        assertThrows(java.nio.file.NotDirectoryException.class,
                () -> new ChainAnchors(dir).setSecondPlace(dir.resolve("bestaat-niet")));
        assertFalse(new ChainAnchors(dir).secondPlace().isPresent());
    }

    @Test
    void theDesksOwnSettingsNeverUndoTheSecondPlace() throws Exception {
        try (SettingsSaver desk = SettingsSaver.open(dir); Storage s = Storage.open(dir, clock)) {
            desk.update(settings -> settings.withZone(java.time.ZoneId.of("UTC"))); // waiting to be written
            s.useSecondAnchorPlace(share);
            desk.flush();
        }
        assertEquals(share.toAbsolutePath(), new ChainAnchors(dir).secondPlace().orElseThrow());
        assertEquals(java.time.ZoneId.of("UTC"), new SettingsFile(dir).read().zone().orElseThrow());
    }

    @Test
    void aSecondPlaceOfTheEarlierVersionIsStillAnchored() throws Exception {
        Files.writeString(dir.resolve("anchor-place.json"), "{\"folder\":\"" + share.toAbsolutePath() + "\"}");
        try (Storage s = Storage.open(dir, clock)) {
            sendOne(s, "Inbraak");
        }
        assertEquals(1, ChainAnchors.read(share.resolve(ChainAnchors.FILE)).size());
    }

    @Test
    void aDamagedSettingsFileStopsTheAnchorsRatherThanCheckFewer() throws Exception {
        Files.writeString(dir.resolve(SettingsFile.NAME), "{ kapot");
        StorageException failed = assertThrows(StorageException.class, () -> new ChainAnchors(dir).newest());
        assertTrue(failed.getMessage().contains(SettingsFile.NAME), failed.getMessage());
    }

    private static void sendOne(Storage s, String text) {
        Actor jan = Fixtures.officer(s, "J. de Vries", "1");
        long id = s.alertService().recordPending(Fixtures.heterdaad(text), jan);
        s.alertService().confirmSent(id, jan);
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo log is built aside with the journal in memory and moved into place only when complete. */
class LogBuiltAsideTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @Test
    void aNewLogIsMovedIntoPlaceInTheDesksOwnJournalModeWithItsHeadAnchored() throws Exception {
        long head = new LogBuiltAside(dir, clock).build(s -> {
            sendOne(s, "Inbraak");
            assertEquals("memory", pragma(s, "journal_mode"), "built without a journal on disk");
            return s.audit().head().orElseThrow().seq();
        });

        assertFalse(Files.exists(dir.resolve(LogBuiltAside.WORK_FOLDER)));
        try (Storage s = Storage.open(dir, clock)) {
            assertEquals("wal", pragma(s, "journal_mode"));
            assertEquals(1, s.alerts().search(AlertQuery.all()).items().size());
            ChainAnchors.Anchor anchor = s.anchors().newest().orElseThrow();
            assertEquals(head, anchor.seq(), "the build's close anchored its head in the data folder");
            assertTrue(s.verifier().verify(Optional.of(anchor.expected())).intact());
        }
    }

    @Test
    void anExistingLogGoesOnWithItsChainItsAnchorsAndWhatWasOnlyInItsJournal() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            Fixtures.officer(s, "M. Bakker", "2");
        }
        ChainAnchors.Anchor before = new ChainAnchors(dir).newest().orElseThrow();
        // an officer registered by a desk that then crashed: only in the -wal file
        Path db = Storage.databaseFile(dir);
        Path crashed = Files.createDirectory(dir.resolve("crashed"));
        try (Storage s = Storage.open(dir, clock)) {
            s.database().read("no checkpoint", c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("PRAGMA wal_autocheckpoint = 0");
                }
                return null;
            });
            Fixtures.officer(s, "P. Jansen", "3");
            for (String suffix : List.of("", "-wal")) {
                Files.copy(db.resolveSibling(db.getFileName() + suffix), crashed.resolve(db.getFileName() + suffix));
            }
        }
        for (String suffix : List.of("", "-wal")) {
            Files.copy(crashed.resolve(db.getFileName() + suffix), db.resolveSibling(db.getFileName() + suffix),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        new LogBuiltAside(dir, clock).build(s -> {
            sendOne(s, "Inbraak");
            return null;
        });

        try (Storage s = Storage.open(dir, clock)) {
            assertEquals(List.of("J. de Vries", "M. Bakker", "P. Jansen"),
                    s.officers().all().stream().map(o -> o.name()).sorted().toList());
            List<ChainAnchors.Anchor> anchors = ChainAnchors.read(dir.resolve("backups").resolve(ChainAnchors.FILE));
            assertEquals(before, anchors.get(0), "the older anchor stays as evidence");
            assertEquals(3, anchors.size(), "before, at the crashed desk's close, and the build's head");
            assertEquals(s.audit().head().orElseThrow().seq(), anchors.get(2).seq());
            assertTrue(s.verifier().verify(Optional.of(anchors.get(2).expected())).intact());
            assertEquals(Optional.of(before.hash()), s.audit().hashAt(before.seq()), "the old head is still in the chain");
        }
    }

    @Test
    void aBuildThatFailsHalfwayLeavesTheLogAsItWasAndNoWorkFolder() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            Fixtures.officer(s, "M. Bakker", "2");
        }
        Path db = Storage.databaseFile(dir);
        byte[] log = Files.readAllBytes(db);
        IllegalStateException stop = new IllegalStateException("stopped halfway");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new LogBuiltAside(dir, clock).build(s -> {
            sendOne(s, "Inbraak");
            throw stop;
        }));

        assertSame(stop, thrown);
        assertArrayEquals(log, Files.readAllBytes(db));
        assertFalse(Files.exists(dir.resolve(LogBuiltAside.WORK_FOLDER)));
    }

    @Test
    void theWorkFolderOfABuildKilledHalfwayIsClearedByTheNext() throws Exception {
        Path leftover = Files.createDirectories(dir.resolve(LogBuiltAside.WORK_FOLDER).resolve("backups"));
        Files.writeString(Storage.databaseFile(leftover.getParent()), "half a log");
        Files.writeString(leftover.resolve(ChainAnchors.FILE), "meldtafel-anchor-v1 2026-11-23T12:00:00Z 99 ab\n");

        new LogBuiltAside(dir, clock).build(s -> {
            sendOne(s, "Inbraak");
            return null;
        });

        try (Storage s = Storage.open(dir, clock)) {
            assertEquals(1, s.alerts().search(AlertQuery.all()).items().size());
            assertEquals(1, ChainAnchors.read(dir.resolve("backups").resolve(ChainAnchors.FILE)).size());
            assertTrue(s.verifier().verify(s.anchors().newest().map(ChainAnchors.Anchor::expected)).intact());
        }
        assertFalse(Files.exists(dir.resolve(LogBuiltAside.WORK_FOLDER)));
    }

    @Test
    void aDeskThatHasTheFolderOpenKeepsItsLogAndIsToldWhy() throws Exception {
        try (Storage s = Storage.open(dir, clock)) {
            Fixtures.officer(s, "M. Bakker", "2");
        }
        byte[] log = Files.readAllBytes(Storage.databaseFile(dir));
        Process desk = DeskLockHolder.start(dir);
        try {
            assertEquals("Taken", DeskLockHolder.firstLine(desk));

            StorageException refused = assertThrows(StorageException.class, () -> new LogBuiltAside(dir, clock).build(s -> {
                sendOne(s, "Inbraak");
                return null;
            }));

            assertTrue(refused.getMessage().contains("close it"), refused.getMessage());
            assertArrayEquals(log, Files.readAllBytes(Storage.databaseFile(dir)));
            assertFalse(Files.exists(dir.resolve(LogBuiltAside.WORK_FOLDER)));
        } finally {
            desk.getOutputStream().close();
            desk.waitFor();
        }
        new LogBuiltAside(dir, clock).build(s -> null);
        DeskLock.Outcome after = DeskLock.take(dir);
        assertInstanceOf(DeskLock.Taken.class, after, "the build let go of the lock");
        ((DeskLock.Taken) after).lock().close();
    }

    private static void sendOne(Storage s, String text) {
        Actor jan = Fixtures.officer(s, "J. de Vries", "1");
        long id = s.alertService().recordPending(Fixtures.heterdaad(text), jan);
        s.alertService().confirmSent(id, jan);
    }

    private static String pragma(Storage s, String name) {
        return s.database().read("pragma", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One desk per data folder, across processes, as two desks started on one PC would be. */
class DeskLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondDeskOnTheSameFolderIsToldTheFolderIsHeldAndGetsItOnceTheFirstHasClosed() throws Exception {
        Path folder = dir.resolve("data");
        Process first = DeskLockHolder.start(folder);
        try {
            assertEquals("Taken", DeskLockHolder.firstLine(first));
            assertInstanceOf(DeskLock.HeldElsewhere.class, DeskLock.take(folder));
        } finally {
            first.getOutputStream().close(); // the holder closes its lock and ends
            assertTrue(first.waitFor(20, TimeUnit.SECONDS));
        }
        assertFreeAndLeaveIt(folder);
    }

    @Test
    void aDeskThatWasKilledLeavesTheFolderFree() throws Exception {
        Path folder = dir.resolve("data");
        Process killed = DeskLockHolder.start(folder);
        assertEquals("Taken", DeskLockHolder.firstLine(killed));
        killed.destroyForcibly().waitFor();
        assertFreeAndLeaveIt(folder);
    }

    @Test
    void aFolderHeldHereIsHeldForAnotherProcessAndForThisOneUntilClosed() throws Exception {
        Path folder = dir.resolve("data");
        DeskLock.Outcome mine = DeskLock.take(folder);
        assertInstanceOf(DeskLock.Taken.class, mine);
        assertInstanceOf(DeskLock.HeldElsewhere.class, DeskLock.take(folder), "a second desk in this JVM");
        Process other = DeskLockHolder.start(folder);
        try {
            assertEquals("HeldElsewhere", DeskLockHolder.firstLine(other));
        } finally {
            other.getOutputStream().close();
            other.waitFor(20, TimeUnit.SECONDS);
        }
        ((DeskLock.Taken) mine).lock().close();
        assertFreeAndLeaveIt(folder);
    }

    @Test
    void theFolderAndLockFileAreMadePrivateOnFirstStart() throws Exception {
        Path folder = dir.resolve("new").resolve("data");
        DeskLock.Outcome outcome = DeskLock.take(folder);
        ((DeskLock.Taken) outcome).lock().close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve(DeskLock.FILE))));
    }

    @Test
    void aFolderThatCannotHoldALockDoesNotStopTheDesk() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertInstanceOf(DeskLock.Unknown.class, DeskLock.take(notAFolder));
    }

    /** The folder can be taken now; taken, it is released again. */
    private static void assertFreeAndLeaveIt(Path folder) {
        DeskLock.Outcome outcome = DeskLock.take(folder);
        assertInstanceOf(DeskLock.Taken.class, outcome);
        ((DeskLock.Taken) outcome).lock().close();
    }
}

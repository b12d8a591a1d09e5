package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.DeskLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real desk, started as the jar starts it (headless), on a data folder another desk holds: it says so
 * and leaves the folder as it found it: no log created, no settings written.
 */
class SecondDeskTest {

    private static final String SAID = "Another desk on this PC uses";

    @TempDir
    Path dir;

    @Test
    void aDeskStartedOnAFolderAnotherDeskHoldsReadsAndWritesNothingThere() throws Exception {
        Path folder = dir.resolve("data");
        DeskLock.Outcome first = DeskLock.take(folder);
        assertInstanceOf(DeskLock.Taken.class, first);
        Process second = desk(folder);
        try {
            Path log = Logging.file(folder);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            Path database = folder.resolve(DataFolder.DATABASE_FILE);
            while (!said(log) && !Files.exists(database) && second.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(Files.exists(database), "the second desk opened the log beside the first");
            assertTrue(said(log), "the second desk did not say the folder is held; alive: " + second.isAlive());
            Thread.sleep(1_000); // time to do what it should not
            assertFalse(Files.exists(database), "the second desk created a log");
            assertFalse(Files.exists(folder.resolve("settings.json")), "the second desk wrote settings");
            assertTrue(second.isAlive(), "the notice waits for the officer");
        } finally {
            second.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            ((DeskLock.Taken) first).lock().close();
        }
    }

    private static boolean said(Path log) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(SAID);
    }

    /** The desk in a JVM of its own, headless as the UI tests run, with this test's class path. */
    private static Process desk(Path folder) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "--data-dir", folder.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}

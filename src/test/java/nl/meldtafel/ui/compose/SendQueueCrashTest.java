package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.Page;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import nl.meldtafel.store.postgres.EmbeddedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a desk process while it queues alerts (the database still opening, or the server away) and while
 * it replays the queue into the log, the data folder's or the server's: every alert whose queueing returned (so whose text was copied) ends up in the
 * log exactly once, in the order it was queued.
 */
class SendQueueCrashTest {

    private static final int ROUNDS = 12;

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedWhileQueueingOrReplayingLosesAndDoublesNothing() throws Exception {
        killAndCheck(12, null);
    }

    /** The desk's server away: what it copied is queued for that server and recorded there once it is back. */
    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedWhileTheServerIsAwayOrWhileReplayingIntoItLosesAndDoublesNothing() throws Exception {
        killAndCheck(8, EmbeddedServer.migratedDatabase());
    }

    /** {@code serverUrl} null: the log in the data folder. */
    private void killAndCheck(int rounds, String serverUrl) throws Exception {
        long officer;
        try (Storage s = open(serverUrl)) {
            officer = s.officers().register("Crash Test", "0").id();
        }
        String server = serverUrl == null ? "-" : serverUrl;
        Random random = new Random(42);
        List<String> copied = new ArrayList<>();
        int replaysKilled = 0;
        for (int round = 0; round < rounds; round++) {
            copied.addAll(runAndKill(1 + random.nextInt(250), "queue", folder.toString(), server, String.valueOf(round),
                    String.valueOf(officer)));
            if (round % 3 == 2) {
                // killed somewhere in opening or replaying; the next replay must pick up where it stopped
                if (!runAndKill(-(200 + random.nextInt(1300)), "replay", folder.toString(), server).contains("replayed")) {
                    replaysKilled++;
                }
            }
        }
        assertTrue(copied.size() >= rounds, "too few alerts queued before the kills: " + copied.size());
        List<String> last = runAndKill(0, "replay", folder.toString(), server);
        assertEquals(List.of("replayed"), last);

        List<String> logged = loggedTextsOldestFirst(serverUrl);
        assertEquals(logged.size(), new HashSet<>(logged).size(), "an alert was recorded twice: " + logged);
        List<String> inQueueOrder = logged.stream().filter(copied::contains).toList();
        assertEquals(copied, inQueueOrder, "every copied alert is in the log, in the order it was copied");
        // besides those, at most the one per kill that was forced to disk just before the kill, before its copy
        assertTrue(logged.size() - copied.size() <= rounds, logged.size() + " logged, " + copied.size() + " copied");
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith("send-queue")).toList(),
                    "the queue is gone once recorded");
        }
        System.out.println("send queue crash test" + (serverUrl == null ? "" : " (server)") + ": " + copied.size()
                + " copied, " + logged.size() + " logged, " + replaysKilled + " replays killed");
    }

    private Storage open(String serverUrl) {
        Storage storage = SendQueueCrashChild.storage(folder, serverUrl == null ? "-" : serverUrl);
        storage.open();
        return storage;
    }

    private List<String> loggedTextsOldestFirst(String serverUrl) {
        List<String> texts = new ArrayList<>();
        try (Storage s = open(serverUrl)) {
            AlertQuery q = AlertQuery.all().limit(AlertQuery.MAX_LIMIT);
            while (q != null) {
                Page<AlertRow> page = s.alerts().search(q);
                for (AlertRow row : page.items()) {
                    texts.add(0, s.alertService().find(row.id()).orElseThrow().text());
                }
                AlertQuery current = q;
                q = page.next().map(current::after).orElse(null);
            }
            assertTrue(s.verifier().verify(java.util.Optional.empty()).intact());
        }
        // the log sorts by time, the queue by position: compare by the order the log gave them ids
        return texts;
    }

    /**
     * Runs the child and returns the lines it finished. {@code millis} &gt; 0: kills it that long after its
     * first line; &lt; 0: kills it that long after its start, whatever it printed; 0: waits for it to end.
     */
    private static List<String> runAndKill(int millis, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                SendQueueCrashChild.class.getName()));
        command.addAll(List.of(args));
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    synchronized (lines) {
                        lines.add(line);
                    }
                }
            } catch (IOException e) {
                // the pipe breaks when the child dies; what was read so far counts
            }
        });
        reader.start();
        if (millis > 0) {
            // wait until it is queueing at all, then let it run a little longer
            long start = System.nanoTime();
            while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(20) && lines.isEmpty() && child.isAlive()) {
                Thread.sleep(5);
            }
            Thread.sleep(millis);
            child.destroyForcibly();
        } else if (millis < 0) {
            Thread.sleep(-millis);
            child.destroyForcibly();
        }
        child.waitFor();
        reader.join();
        synchronized (lines) {
            // a line cut by the kill reaches us without its end only if the child printed half of it;
            // println of a short line is one write, so every line read is whole
            return new ArrayList<>(lines);
        }
    }
}

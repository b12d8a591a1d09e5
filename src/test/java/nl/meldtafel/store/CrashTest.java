package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.alert.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a process that is saving alerts at random moments (also while it opens and migrates the
 * database) and checks that nothing whose save returned is lost and the file and chain stay sound.
 */
class CrashTest {

    private static final int LANES = 2;
    private static final int KILLS_PER_LANE = 105;

    @TempDir
    Path dir;

    @Test
    // A guard against a hung child, not a speed check: on two loaded cores the 210 kills took over 2 minutes.
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void killedWhileSavingLosesNoConfirmedAlertAndLeavesASoundDatabase() throws Exception {
        ChildJvm jvm = ChildJvm.prepare(dir.resolve("child"), CrashChild.class,
                Files.createDirectories(dir.resolve("training")).toString(), "once");
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path folder = Files.createDirectories(dir.resolve("lane" + lane));
                long seed = 1000L + lane;
                results.add(lanes.submit(() -> runLane(folder, new Random(seed), jvm)));
            }
            int kills = 0;
            for (Future<Integer> f : results) {
                kills += f.get();
            }
            assertTrue(kills >= 200, "only " + kills + " kills");
        } finally {
            lanes.shutdownNow();
        }
    }

    private int runLane(Path folder, Random random, ChildJvm jvm) throws Exception {
        List<String> confirmed = new ArrayList<>();
        int withSaves = 0;
        for (int kill = 0; kill < KILLS_PER_LANE; kill++) {
            // a quarter die while starting up (opening, migrating), the rest while saving
            boolean duringStartUp = random.nextInt(4) == 0;
            List<String> printed = runAndKill(folder, jvm, duringStartUp, random.nextInt(duringStartUp ? 400 : 120));
            if (!printed.isEmpty()) {
                withSaves++;
            }
            confirmed.addAll(printed);
            checkDatabase(folder, confirmed, kill);
        }
        assertTrue(withSaves > KILLS_PER_LANE / 2, "too few kills hit a saving process: " + withSaves);
        return KILLS_PER_LANE;
    }

    private List<String> runAndKill(Path folder, ChildJvm jvm, boolean duringStartUp, int millis) throws Exception {
        List<String> command = jvm.command(List.of("-Djava.io.tmpdir=" + Files.createDirectories(folder.resolve("tmp"))),
                CrashChild.class, folder.toString());
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> printed = new ArrayList<>();
        CountDownLatch saving = new CountDownLatch(1);
        Thread reader = new Thread(() -> read(child, printed, saving));
        reader.start();
        if (!duringStartUp) {
            saving.await(20, TimeUnit.SECONDS);
        }
        Thread.sleep(millis);
        child.destroyForcibly();
        child.waitFor();
        reader.join();
        return printed;
    }

    private static void read(Process child, List<String> printed, CountDownLatch saving) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.matches("\\d+ [STC]")) { // a line cut by the kill has no newline and is not counted
                    synchronized (printed) {
                        printed.add(line);
                    }
                    saving.countDown();
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child dies; what was read so far counts
        }
    }

    private static Set<Long> ids(Storage s, String sql) {
        return s.database().read("ids", c -> {
            Set<Long> ids = new HashSet<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        });
    }

    private static void checkDatabase(Path folder, List<String> confirmed, int kill) {
        if (!Files.exists(Storage.databaseFile(folder))) {
            assertTrue(confirmed.isEmpty());
            return;
        }
        try (Storage s = Storage.open(folder, Clock.systemUTC())) {
            Set<Long> sent = ids(s, "SELECT id FROM alert WHERE status <> 'PENDING'");
            Set<Long> ticked = ids(s, "SELECT alert_id FROM alert_post");
            Set<Long> closed = ids(s, "SELECT id FROM alert WHERE status = 'CLOSED'");
            for (String line : confirmed) {
                long id = Long.parseLong(line.substring(0, line.indexOf(' ')));
                char step = line.charAt(line.length() - 1);
                assertTrue(sent.contains(id), "kill " + kill + " lost sent alert " + id);
                if (step == 'T') {
                    assertTrue(ticked.contains(id), "kill " + kill + " lost the tick of alert " + id);
                } else if (step == 'C') {
                    assertTrue(closed.contains(id), "kill " + kill + " lost the close of alert " + id);
                }
            }
            assertEquals("ok", DatabaseTest.pragma(s.database(), "integrity_check"), "after kill " + kill);
            VerificationReport r = s.verifier().verify(Optional.empty());
            assertTrue(r.intact(), "after kill " + kill + ": " + r.problem());
        }
    }
}

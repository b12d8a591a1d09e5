package nl.meldtafel.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Issue 10.5's figure: from process start until a message can be copied (templates loaded, an officer
 * at the desk, nothing blocking), on a big log after an unclean shutdown. Each run removes the
 * clean-close marker first, so the desk must check the whole file, and is killed (-9) afterwards, as a
 * crash would. Not a JUnit test; medians. Needs an X display (Xvfb) and the jar:
 * <pre>
 * mvn -q -DskipTests package
 * java -jar target/meldtafel.jar demo --alerts 1000000 --data-dir /tmp/demo1m
 * Xvfb :88 -screen 0 1366x768x24 &amp;
 * DISPLAY=:88 java -cp target/test-classes nl.meldtafel.bench.StartToCopyTiming /tmp/demo1m 5
 * </pre>
 */
public final class StartToCopyTiming {

    private static final long TIMEOUT_MS = 120_000;

    private StartToCopyTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("No DISPLAY: start Xvfb :88 and set DISPLAY=:88");
        }
        // The officer who sat here last: the desk lets them send before its database is open.
        Files.writeString(data.resolve(nl.meldtafel.settings.SettingsFile.NAME),
                "{\"officer\":{\"personnelNumber\":\"100001\",\"id\":1,\"name\":\"Bench\"}}", StandardCharsets.UTF_8);
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Files.deleteIfExists(data.resolve("meldtafel.db.clean"));
            Path probe = Files.createTempFile("meldtafel-ready", ".txt");
            Files.delete(probe);
            ProcessBuilder builder = new ProcessBuilder("java", "-Dprism.order=sw", "-Dmeldtafel.readyProbe=" + probe,
                    "-jar", "target/meldtafel.jar", "--data-dir", data.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
            long start = System.nanoTime();
            Process process = builder.start();
            long took = -1;
            while ((System.nanoTime() - start) / 1_000_000 < TIMEOUT_MS && process.isAlive()) {
                if (Files.exists(probe) && Files.size(probe) > 0) {
                    took = (System.nanoTime() - start) / 1_000_000;
                    break;
                }
                Thread.sleep(10);
            }
            process.destroyForcibly().waitFor();
            System.out.println("run " + (i + 1) + ": " + (took < 0 ? "no copy possible within " + TIMEOUT_MS + " ms" : took + " ms"));
            if (took >= 0) {
                times.add(took);
            }
            Files.deleteIfExists(probe);
        }
        Collections.sort(times);
        System.out.println("process start -> copy possible, " + data + " after an unclean shutdown: median "
                + (times.isEmpty() ? "n/a" : times.get(times.size() / 2) + " ms") + " over " + times.size() + " runs " + times);
    }
}

package nl.meldtafel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/**
 * Issue 18's figures on a big log, as the installed desk runs (256 MB heap, serial collector): time until a
 * message can be copied, the start-up redaction run's time and the FX thread's longest pause during it,
 * the desk's RSS and heap when idle on the Logboek afterwards, then {@code log verify}'s time (median of
 * VERIFY_RUNS). The desk's clock is the PC's, so on a demo log made days ago most of it is due for
 * redaction: give it a copy. Not a JUnit test. Needs an X display and the jar:
 * <pre>
 * mvn -q -DskipTests package
 * java -Xmx256m -jar target/meldtafel.jar demo --alerts 1000000 --data-dir /tmp/demo1m   # prints its time
 * cp -a /tmp/demo1m /tmp/light1m
 * Xvfb :88 -screen 0 1366x768x24 &amp;
 * DISPLAY=:88 java -cp target/test-classes nl.meldtafel.bench.LightDeskBenchmark /tmp/light1m 3
 * </pre>
 */
public final class LightDeskBenchmark {

    private static final long DESK_TIMEOUT_MS = 90 * 60_000L;
    /** The installed launcher's options (dist.sh), on a JDK that can trim the native heap. */
    private static final List<String> JVM = List.of("-Xmx256m", "-Xms64m", "-XX:+UseSerialGC",
            "-XX:MaxHeapFreeRatio=30", "-XX:MinHeapFreeRatio=10", "-XX:NewRatio=4", "-XX:TrimNativeHeapInterval=5000");

    private LightDeskBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int verifyRuns = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("No DISPLAY: start Xvfb :88 and set DISPLAY=:88");
        }
        desk(data);
        List<Long> verify = new ArrayList<>();
        for (int i = 0; i < verifyRuns; i++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command(List.of("log", "verify", "--data-dir", data.toString())))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            int exit = p.waitFor();
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("log verify run " + (i + 1) + ": " + ms + " ms (exit " + exit + ")");
            verify.add(ms);
        }
        Collections.sort(verify);
        System.out.println("log verify median: " + verify.get(verify.size() / 2) + " ms");
    }

    private static void desk(Path data) throws IOException, InterruptedException {
        // the officer who sat here last: a message can be copied without anyone choosing a name first
        Files.writeString(data.resolve(nl.meldtafel.settings.SettingsFile.NAME),
                "{\"officer\":{\"personnelNumber\":\"100001\",\"id\":1,\"name\":\"Bench\"}}", StandardCharsets.UTF_8);
        Path ready = Files.createTempFile("meldtafel-ready", ".txt");
        Path load = Files.createTempFile("meldtafel-load", ".txt");
        Files.delete(ready);
        Files.delete(load);
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(JVM);
        cmd.addAll(StartupTiming.DESK_OPTIONS); // as bin/meldtafel starts the desk; log verify below goes without
        // as the .deb starts it on a PC without usable graphics hardware: GTK's OpenGL probe off (its launch
        // script), and the software drawing the desk remembers after its first start there
        cmd.addAll(List.of("-Dprism.order=sw", "-Dmeldtafel.readyProbe=" + ready, "-Dmeldtafel.loadProbe=" + load,
                "-jar", "target/meldtafel.jar", "--data-dir", data.toString()));
        long start = System.nanoTime();
        ProcessBuilder started = new ProcessBuilder(cmd);
        started.environment().putIfAbsent("GDK_GL", "disable");
        Process desk = started.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long readyMs = -1;
            while (!Files.exists(load) || Files.size(load) == 0) {
                if (!desk.isAlive() || (System.nanoTime() - start) / 1_000_000 > DESK_TIMEOUT_MS) {
                    throw new IllegalStateException("the desk " + (desk.isAlive() ? "did not finish its start-up work" : "ended"));
                }
                if (readyMs < 0 && Files.exists(ready) && Files.size(ready) > 0) {
                    readyMs = Long.parseLong(Files.readString(ready).trim());
                    System.out.println("first copy possible: " + readyMs + " ms after process start");
                }
                Thread.sleep(200);
            }
            Properties figures = new Properties();
            try (var in = Files.newBufferedReader(load)) {
                figures.load(in);
            }
            System.out.println("start-up redaction: " + figures.getProperty("redacted") + " alerts in "
                    + figures.getProperty("batches") + " batches, " + figures.getProperty("openToRetentionDoneMs")
                    + " ms from the log open to the run done");
            System.out.println("FX thread's longest pause meanwhile: " + figures.getProperty("fxLongestPauseMs") + " ms");
            System.out.println("idle on the Logboek: RSS " + rssMb(desk.pid()) + " MB, heap used " + figures.getProperty("heapUsedMb")
                    + " MB (committed " + figures.getProperty("heapCommittedMb") + ", max " + figures.getProperty("heapMaxMb") + ")");
        } finally {
            desk.destroy();
            desk.waitFor();
            Files.deleteIfExists(ready);
            Files.deleteIfExists(load);
        }
    }

    private static List<String> command(List<String> arguments) {
        List<String> cmd = new ArrayList<>(List.of("java"));
        cmd.addAll(JVM);
        cmd.addAll(List.of("-jar", "target/meldtafel.jar"));
        cmd.addAll(arguments);
        return cmd;
    }

    private static long rssMb(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}

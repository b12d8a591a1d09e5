package nl.meldtafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How long the desk takes from launch to a usable window: the time from starting the process until
 * the window titled "Meldtafel" is mapped (polled with {@code xdotool search --onlyvisible}), five runs
 * per way of starting, median reported. Each run gets a fresh data folder (via {@code MELDTAFEL_HOME}),
 * so it includes creating the database, as on a new workstation. Not a JUnit test.
 *
 * <p>Needs an X display and xdotool. Under Xvfb, from the project folder:
 * <pre>
 * mvn -q -DskipTests package                      # target/meldtafel.jar and target/test-classes
 * Xvfb :88 -screen 0 1366x768x24 &amp;
 * DISPLAY=:88 java -cp target/test-classes nl.meldtafel.bench.StartupTiming [runs] [jar|mvn|both]
 * </pre>
 * The {@code mvn} way runs {@code mvn -q javafx:run} (Maven's own start-up included, offline).
 */
public final class StartupTiming {

    private static final String TITLE = "Meldtafel";
    private static final long TIMEOUT_MS = 120_000;

    private StartupTiming() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        String which = args.length > 1 ? args[1] : "both";
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("No DISPLAY: start Xvfb :88 and set DISPLAY=:88");
        }
        if (windowShown()) {
            throw new IllegalStateException("A window titled " + TITLE + " is already showing on " + System.getenv("DISPLAY"));
        }
        if (!which.equals("mvn")) {
            report("java -jar target/meldtafel.jar", measure(runs, List.of("java", "-jar", "target/meldtafel.jar")));
        }
        if (!which.equals("jar")) {
            report("mvn -q javafx:run", measure(runs, List.of("mvn", "-q", "-o", "javafx:run")));
        }
    }

    private static List<Long> measure(int runs, List<String> command) throws Exception {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path data = Files.createTempDirectory("meldtafel-startup");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            builder.environment().put("MELDTAFEL_HOME", data.toString());
            long start = System.nanoTime();
            Process process = builder.start();
            try {
                while (!windowShown()) {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(command + " ended before showing a window, exit " + process.exitValue());
                    }
                    if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) > TIMEOUT_MS) {
                        throw new IllegalStateException(command + " showed no window within " + TIMEOUT_MS + " ms");
                    }
                    Thread.sleep(20);
                }
                long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                times.add(ms);
                System.out.printf(Locale.ROOT, "%s run %d: %d ms%n", String.join(" ", command), i + 1, ms);
            } finally {
                stop(process);
                deleteTree(data);
            }
        }
        return times;
    }

    private static boolean windowShown() throws IOException, InterruptedException {
        Process search = new ProcessBuilder("xdotool", "search", "--onlyvisible", "--name", "^" + TITLE + "$")
                .redirectErrorStream(true).start();
        String out = new String(search.getInputStream().readAllBytes()).trim();
        return search.waitFor() == 0 && !out.isEmpty();
    }

    /** Ends the launched process and what it started (Maven forks the JVM), then waits for the window to go. */
    private static void stop(Process process) throws Exception {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        for (int i = 0; i < 100 && windowShown(); i++) {
            Thread.sleep(100);
        }
    }

    private static void report(String what, List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-32s median %d ms over %d runs %s%n", what, median, sorted.size(), sorted);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

package nl.meldtafel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 *
 * <p>The {@code image} way (issue 16) times the installed form against its floor, alternating runs:
 * the app image's command ({@code bin/meldtafel}, which the .deb starts) until the desk is usable (its
 * ReadyProbe file appears: templates loaded, an officer at the desk, the compose form accepting keys), and a
 * bare JavaFX window ({@link BareWindow}) started by the same runtime with the same JVM options and JavaFX
 * from the same jar, until it is shown. jpackage's own launcher ({@code bin/Meldtafel}) is timed alongside.
 * Each desk run gets a fresh copy of a small data folder (a demo log and the officer who sat there last),
 * made after one uncounted first start in it. Both run as the .deb starts the desk ({@code GDK_GL=disable}).
 * <pre>
 * mvn -B -Pdist package                          # target/dist/image/Meldtafel, target/test-classes
 * Xvfb :93 -screen 0 1366x768x24 &amp;
 * DISPLAY=:93 java -cp target/test-classes nl.meldtafel.bench.StartupTiming 5 image [target/dist/image/Meldtafel]
 * </pre>
 */
public final class StartupTiming {

    private static final String TITLE = "Meldtafel";
    private static final long TIMEOUT_MS = 120_000;
    /** The JVM options src/main/packaging/linux/meldtafel.sh gives a desk start, not an admin command. */
    public static final List<String> DESK_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:+UseTransparentHugePages");

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
        if (which.equals("image")) {
            compareImage(runs, Path.of(args.length > 2 ? args[2] : "target/dist/image/Meldtafel").toAbsolutePath());
            return;
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
        // as the .deb's command and menu entry start the desk; the bare window gets the same
        builder.environment().putIfAbsent("GDK_GL", "disable");
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

    private static void compareImage(int runs, Path image) throws Exception {
        // the command the .deb and its menu entry start (bin/meldtafel), and jpackage's own launcher beside it
        Path launcher = image.resolve("bin/meldtafel");
        Path jpackageLauncher = image.resolve("bin/Meldtafel");
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException(launcher + " is missing: build the image with mvn -Pdist package");
        }
        requireArchiveUsed(image);
        Path seed = Files.createTempDirectory("meldtafel-seed");
        try {
            run(List.of(launcher.toString(), "demo", "--alerts", "200", "--data-dir", seed.toString()), Map.of());
            Files.writeString(seed.resolve("settings.json"),
                    "{\"officer\":{\"personnelNumber\":\"100001\",\"id\":1,\"name\":\"Bench\"}}", StandardCharsets.UTF_8);
            List<String> bare = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
            bare.addAll(jvmOptionsOf(image).stream().filter(o -> !o.startsWith("-XX:SharedArchiveFile")).toList());
            // what bin/meldtafel adds for a desk start (C1 only, one thread, huge pages): the bare window starts the same way
            bare.addAll(DESK_OPTIONS);
            bare.addAll(List.of("-cp", image.resolve("lib/app/meldtafel.jar") + java.io.File.pathSeparator
                    + Path.of("target/test-classes").toAbsolutePath(), BareWindow.class.getName()));
            // the desk's first start on this PC, in the folder itself: what it notes there (software drawing)
            // every later start finds, as an installed desk's data folder keeps it
            untilProbe(List.of(launcher.toString()), seed, false, "first start (not counted)");
            List<Long> desk = new ArrayList<>();
            List<Long> floor = new ArrayList<>();
            List<Long> jpackage = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                floor.add(untilProbe(bare, null, true, "bare window run " + (i + 1)));
                desk.add(untilProbe(List.of(launcher.toString()), seed, true, "app image run " + (i + 1)));
                jpackage.add(untilProbe(List.of(jpackageLauncher.toString()), seed, true, "jpackage launcher run " + (i + 1)));
            }
            long deskMedian = report(launcher + " (usable desk)", desk);
            report(jpackageLauncher + " (usable desk, jpackage's launcher, for comparison)", jpackage);
            long floorMedian = report("bare JavaFX window, same runtime", floor);
            System.out.printf(Locale.ROOT, "ratio app image / bare window: %.2f (target <= 1.2); load %s%n",
                    (double) deskMedian / floorMedian, Files.readString(Path.of("/proc/loadavg")).trim());
        } finally {
            deleteTree(seed);
        }
    }

    /**
     * Java 17 skips an AppCDS archive without a word when the jar moved or its modification time changed
     * (the installed .deb did until 2026-12-05): such an image's figures are not the installed form's.
     */
    private static void requireArchiveUsed(Path image) throws Exception {
        List<String> options = jvmOptionsOf(image);
        if (options.stream().noneMatch(o -> o.startsWith("-XX:SharedArchiveFile"))) {
            throw new IllegalStateException(image + " has no AppCDS archive in its .cfg: build it with mvn -Pdist package");
        }
        List<String> check = new ArrayList<>(List.of(image.resolve("lib/runtime/bin/java").toString()));
        check.addAll(options.stream().map(o -> o.equals("-Xshare:auto") ? "-Xshare:on" : o).toList());
        check.addAll(List.of("-cp", image.resolve("lib/app/meldtafel.jar").toString(), "nl.meldtafel.app.Main", "--version"));
        try {
            run(check, Map.of());
        } catch (IllegalStateException e) {
            throw new IllegalStateException(image + "'s AppCDS archive is not used (the jar moved, or its modification "
                    + "time is not the one it was trained with): " + e.getMessage(), e);
        }
    }

    /** The launcher's JVM options from its .cfg, $APPDIR resolved, so the bare window starts the same way. */
    private static List<String> jvmOptionsOf(Path image) throws IOException {
        Path appDir = image.resolve("lib/app");
        return Files.readAllLines(appDir.resolve("Meldtafel.cfg")).stream()
                .filter(l -> l.startsWith("java-options="))
                .map(l -> l.substring("java-options=".length()).replace("$APPDIR", appDir.toString()))
                .toList();
    }

    /**
     * Milliseconds from starting the process until it writes the probe file; {@code seed} is its data folder,
     * or with {@code copy} a fresh copy of it.
     */
    private static long untilProbe(List<String> command, Path seed, boolean copy, String label) throws Exception {
        Path work = Files.createTempDirectory("meldtafel-startup");
        Path probe = work.resolve("ready.txt");
        Path data = copy || seed == null ? work.resolve("data") : seed;
        if (seed != null && copy) {
            copyTree(seed, data);
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        // the launcher passes JAVA_TOOL_OPTIONS to its JVM: the probe and the data folder without changing its arguments
        builder.environment().put("JAVA_TOOL_OPTIONS", "-Dmeldtafel.readyProbe=" + probe);
        builder.environment().put("MELDTAFEL_HOME", data.toString());
        // as the .deb's command and menu entry start the desk; the bare window gets the same
        builder.environment().putIfAbsent("GDK_GL", "disable");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            while (!(Files.exists(probe) && Files.size(probe) > 0)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(label + " ended before it was ready, exit " + process.exitValue());
                }
                if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) > TIMEOUT_MS) {
                    throw new IllegalStateException(label + " was not ready within " + TIMEOUT_MS + " ms");
                }
                Thread.sleep(5);
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            System.out.printf(Locale.ROOT, "%s: %d ms%n", label, ms);
            return ms;
        } finally {
            stop(process);
            deleteTree(work);
        }
    }

    private static void run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(command + " ended with exit " + exit);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
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

    private static long report(String what, List<Long> times) {
        List<Long> sorted = times.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-32s median %d ms over %d runs %s%n", what, median, sorted.size(), sorted);
        return median;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

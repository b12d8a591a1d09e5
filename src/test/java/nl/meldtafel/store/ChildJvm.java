package nl.meldtafel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.sqlite.JDBC;
import org.sqlite.util.OSInfo;

/**
 * Starts the short-lived child JVMs of the crash tests, which are killed hundreds of times: most of each
 * cycle was the child's start-up. A first run records a class-data archive (AppCDS) that every later
 * child maps instead of loading and verifying some 900 classes again. The archive cannot hold classes
 * from folders, so the test's class folders are packed into one jar first. SQLite's library is unpacked
 * once, and children log nowhere (their output is discarded anyway) without starting Logback.
 */
public final class ChildJvm {

    private static final List<String> FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData",
            "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider");

    private final List<String> start;

    private ChildJvm(List<String> start) {
        this.start = List.copyOf(start);
    }

    /**
     * Prepares children in {@code work}: runs {@code main} once with {@code trainingArgs} (it must exit by
     * itself) to record the archive. Without an archive (a JVM that cannot make one) children still run,
     * only slower.
     */
    public static ChildJvm prepare(Path work, Class<?> main, String... trainingArgs) throws IOException, InterruptedException {
        Files.createDirectories(work);
        List<String> start = new ArrayList<>();
        start.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        start.addAll(FLAGS);
        start.addAll(nativeLibrary(work));
        start.addAll(List.of("-cp", classpath(work)));
        Path archive = work.resolve("child.jsa");
        List<String> training = new ArrayList<>(start);
        training.add(1, "-XX:ArchiveClassesAtExit=" + archive);
        training.add(main.getName());
        training.addAll(List.of(trainingArgs));
        Process p = new ProcessBuilder(training).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream keepOpen = p.getOutputStream()) { // the children's watchdog exits when stdin ends
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("the training run of " + main.getName() + " did not end");
            }
        }
        if (Files.isRegularFile(archive)) {
            start.add(1, "-XX:SharedArchiveFile=" + archive);
        }
        return new ChildJvm(start);
    }

    /** The command line that runs {@code main} with {@code args}; {@code options} go to the JVM. */
    public List<String> command(List<String> options, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(start);
        command.addAll(1, options);
        command.add(main.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** This JVM's class path with its folders packed into one jar, in their place, first folder first. */
    private static String classpath(Path work) throws IOException {
        List<String> entries = new ArrayList<>();
        Path jar = work.resolve("classes.jar");
        boolean packed = false;
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
            out.setLevel(Deflater.BEST_SPEED);
            Set<String> names = new HashSet<>();
            for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                Path path = Path.of(entry);
                if (!Files.isDirectory(path)) {
                    entries.add(entry);
                    continue;
                }
                if (!packed) {
                    entries.add(jar.toString());
                    packed = true;
                }
                try (Stream<Path> files = Files.walk(path)) {
                    for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                        String name = path.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                        if (names.add(name)) { // an earlier folder wins, as on the class path
                            out.putNextEntry(new ZipEntry(name));
                            Files.copy(file, out);
                            out.closeEntry();
                        }
                    }
                }
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /** JVM options that let children load SQLite's library from one copy instead of unpacking it each start. */
    private static List<String> nativeLibrary(Path work) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        String resource = "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name;
        try (InputStream in = JDBC.class.getResourceAsStream(resource)) {
            if (in == null) {
                return List.of();
            }
            Path folder = Files.createDirectories(work.resolve("native"));
            Files.copy(in, folder.resolve(name));
            return List.of("-Dorg.sqlite.lib.path=" + folder, "-Dorg.sqlite.lib.name=" + name);
        }
    }
}

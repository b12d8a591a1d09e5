package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.bench.StartupTiming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux image's {@code bin/meldtafel} (src/main/packaging/linux/meldtafel.sh), run in a small image whose
 * "java" prints what it was given: the .cfg's options in order with $APPDIR resolved, C1 alone for a desk
 * start only, and the arguments passed on unchanged.
 */
class LinuxCommandTest {

    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";
    /** What the script adds for a desk start: the start benchmark gives its bare window the same. */
    private static final List<String> DESK_COMPILER = StartupTiming.DESK_OPTIONS;

    @TempDir
    Path dir;

    @Test
    void theDeskStartsWithTheCfgsOptionsAndC1Alone() throws Exception {
        Path image = image();
        List<String> given = run(image, List.of("--data-dir", "/tmp/my data"));
        String app = image.resolve("lib/app").toString();
        List<String> expected = new ArrayList<>(List.of("-Xmx256m", "-Dorg.sqlite.lib.path=" + app + "/native",
                "-XX:+UseSerialGC"));
        expected.addAll(DESK_COMPILER);
        expected.addAll(List.of("-cp", app + "/meldtafel.jar", "nl.meldtafel.app.Main", "--data-dir", "/tmp/my data"));
        assertEquals(expected, given);
        assertTrue(given.contains(C1_ONLY));
        assertTrue(run(image, List.of()).contains(C1_ONLY), "a start without arguments is the desk");
        assertTrue(run(image, List.of("--data-dir=/x", "--unit", "--team", "Wijk Noord")).contains(C1_ONLY));
    }

    /** The script's list of desk options is StartOptions': a desk option it did not know would start on C2. */
    @Test
    void everyDeskOptionStartsTheDesk() throws Exception {
        Path image = image();
        for (String option : StartOptions.DESK_OPTIONS) {
            List<String> arguments = List.of(option, "value", option + "=value", StartOptions.UNIT);
            assertTrue(StartOptions.isDeskStart(arguments), option);
            assertTrue(run(image, arguments).containsAll(DESK_COMPILER), option + " is not known to the script");
        }
    }

    @Test
    void adminCommandsKeepBothCompilers() throws Exception {
        Path image = image();
        List<String> verify = run(image, List.of("log", "verify", "--data-dir", "/x"));
        assertFalse(verify.contains(C1_ONLY), verify.toString());
        assertFalse(verify.contains("-XX:+UseTransparentHugePages"), "a command's output gets no word about huge pages");
        assertEquals(List.of("log", "verify", "--data-dir", "/x"), verify.subList(verify.size() - 4, verify.size()));
        assertFalse(run(image, List.of("--data-dir", "/x", "demo", "--alerts", "5")).contains(C1_ONLY));
        assertFalse(run(image, List.of("--version")).contains(C1_ONLY));
    }

    @Test
    void graphicsDriverProbeIsOffUnlessSetAlready() throws Exception {
        Path image = image();
        assertEquals("GDK_GL=disable", started(image, List.of(), null).err().strip());
        assertEquals("GDK_GL=enable", started(image, List.of(), "enable").err().strip());
    }

    /** An image with the script, a .cfg as jpackage writes it, and a "java" that prints its arguments. */
    private Path image() throws IOException {
        Path image = dir.resolve("unpacked here/Meldtafel"); // an image may be unpacked anywhere, spaces and all
        Files.createDirectories(image.resolve("bin"));
        Files.createDirectories(image.resolve("lib/app"));
        Files.createDirectories(image.resolve("lib/runtime/bin"));
        Path command = image.resolve("bin/meldtafel");
        Files.copy(Path.of("src/main/packaging/linux/meldtafel.sh"), command);
        Files.writeString(image.resolve("lib/app/Meldtafel.cfg"), String.join("\n", "[Application]",
                "app.classpath=$APPDIR/meldtafel.jar", "app.mainclass=nl.meldtafel.app.Main", "", "[JavaOptions]",
                "java-options=-Xmx256m", "java-options=-Dorg.sqlite.lib.path=$APPDIR/native",
                "java-options=-XX:+UseSerialGC"), StandardCharsets.UTF_8);
        Path java = image.resolve("lib/runtime/bin/java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n"
                + "printf 'GDK_GL=%s\\n' \"$GDK_GL\" >&2\n", StandardCharsets.UTF_8);
        for (Path p : List.of(command, java)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return image;
    }

    /** The arguments "java" got, one per element. */
    private static List<String> run(Path image, List<String> arguments) throws Exception {
        return started(image, arguments, null).javaArguments();
    }

    private record Started(List<String> javaArguments, String err) {
    }

    private static Started started(Path image, List<String> arguments, String gdkGl) throws Exception {
        List<String> command = new ArrayList<>(List.of(image.resolve("bin/meldtafel").toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("GDK_GL");
        if (gdkGl != null) {
            builder.environment().put("GDK_GL", gdkGl);
        }
        Process p = builder.start();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the command did not end");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), err);
        return new Started(out.lines().toList(), err);
    }
}

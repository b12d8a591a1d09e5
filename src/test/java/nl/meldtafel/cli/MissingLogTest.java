package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A mistyped folder or a database emptied to 0 bytes is a missing log: every admin command refuses it
 * with exit 1, says why, and creates nothing (before, `log verify` made an empty log and called it intact).
 */
class MissingLogTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    record Case(String name, BiFunction<DefaultDataFolder, MutableClock, Command> command, List<String> args) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                new Case("log verify", LogVerifyCommand::new, List.of()),
                new Case("log search", LogSearchCommand::new, List.of("inbraak")),
                new Case("backup", BackupCommand::new, List.of()),
                new Case("retention run", RetentionRunCommand::new, List.of()),
                new Case("log export", LogExportCommand::new, List.of("--out", "OUT/export.csv")),
                new Case("report", ReportCommand::new, List.of("--from", "2026-11-01", "--to", "2026-11-30", "--out", "OUT/r.pdf")),
                new Case("groups export", GroupsExportCommand::new, List.of("OUT/groepen.csv")),
                new Case("groups import", GroupsImportCommand::new, List.of("OUT/register.csv", "--yes")))
                .flatMap(c -> Stream.of(Arguments.of(c, "mistyped folder"), Arguments.of(c, "empty file")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("commands")
    void refusesAMissingOrEmptiedLogAndCreatesNothing(Case c, String situation) throws IOException {
        Path outFolder = Files.createDirectory(dir.resolve("out"));
        Files.writeString(outFolder.resolve("register.csv"), "Groepsnaam;Beheerder\nZuid;Jan\n");
        Path folder = dir.resolve("desk");
        if (situation.equals("empty file")) {
            Files.createDirectory(folder);
            Files.createFile(folder.resolve(DataFolder.DATABASE_FILE));
        }
        List<String> before = listing();
        List<String> args = new ArrayList<>(c.args().stream().map(a -> a.replace("OUT", outFolder.toString())).toList());
        args.addAll(List.of("--data-dir", folder.toString()));

        int code = c.command().apply(this::defaultFolder, clock).run(args, new Command.Io(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));

        assertEquals(1, code, c + " exit code; out: " + out + " err: " + err);
        String said = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains(situation.equals("empty file") ? "empty (0 bytes)" : "the folder does not exist"), said);
        assertFalse(said.contains("Log intact"), said);
        assertEquals(before, listing(), "nothing created");
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            return all.map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? " " + p.toFile().length() : "")).sorted().toList();
        }
    }

    private Path defaultFolder() {
        return DataFolder.defaultFolder(Map.of(), "Linux", dir.resolve("home"));
    }
}

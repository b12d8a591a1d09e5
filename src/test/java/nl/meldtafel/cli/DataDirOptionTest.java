package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --data-dir} is one option, parsed in one place: both spellings reach the same folder in every
 * command, it wins over MELDTAFEL_HOME, and without it MELDTAFEL_HOME is the folder.
 */
class DataDirOptionTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @TempDir
    Path dir;
    private Path home;
    private Path given;

    @BeforeEach
    void files() throws IOException {
        home = dir.resolve("uit-env");
        given = dir.resolve("gegeven");
        Files.writeString(dir.resolve("register.csv"), "Groepsnaam;Beheerder\nZuid;Jan\n");
    }

    /** Every command that works on the log, with the other arguments it needs; OUT is the temporary folder. */
    static Stream<List<String>> logCommands() {
        return Stream.of(
                List.of("log", "verify"),
                List.of("log", "export", "--out", "OUT/x.csv"),
                List.of("log", "search", "inbraak"),
                List.of("backup"),
                List.of("retention", "run"),
                List.of("report", "--from", "2026-11-01", "--to", "2026-11-30", "--out", "OUT/r.pdf"),
                List.of("groups", "import", "OUT/register.csv"),
                List.of("groups", "export", "OUT/groepen.csv"));
    }

    static Stream<Arguments> spellings() {
        return logCommands().flatMap(c -> Stream.of(Arguments.of(c, "--data-dir DIR"), Arguments.of(c, "--data-dir=DIR")));
    }

    private CommandRun run(List<String> command, String... dataDir) {
        List<String> args = new ArrayList<>(command.stream().map(a -> a.replace("OUT", dir.toString())).toList());
        args.addAll(List.of(dataDir));
        return CommandRun.run(AdminCommandLine.of(Map.of(DataFolder.ENV, home.toString()), CLOCK), args.toArray(String[]::new));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("spellings")
    void bothSpellingsReachTheGivenFolderInEveryCommandAndWinOverTheEnvironment(List<String> command, String spelling) {
        String[] option = spelling.equals("--data-dir DIR")
                ? new String[] {"--data-dir", given.toString()} : new String[] {"--data-dir=" + given};

        CommandRun run = run(command, option);

        // the folder holds no log: every command names the folder it was given and refuses it
        assertEquals(1, run.exit(), run.toString());
        assertTrue((run.out() + run.err()).contains("No Meldtafel database in " + given), run.toString());
        assertFalse(Files.exists(given));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logCommands")
    void withoutTheOptionMeldtafelHomeIsTheFolder(List<String> command) {
        CommandRun run = run(command);

        assertEquals(1, run.exit(), run.toString());
        assertTrue((run.out() + run.err()).contains("No Meldtafel database in " + home), run.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logCommands")
    void anEmptyOrMissingFolderIsAUsageError(List<String> command) {
        for (String[] option : List.of(new String[] {"--data-dir="}, new String[] {"--data-dir", " "}, new String[] {"--data-dir"})) {
            CommandRun run = run(command, option);

            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("--data-dir"), run.toString());
            assertTrue(run.err().contains("usage: " + String.join(" ", command.subList(0, Math.min(2, command.size())))),
                    run.toString());
        }
    }

    @Test
    void aRelativeFolderIsMadeAbsolute() {
        CommandRun run = run(List.of("log", "verify"), "--data-dir", "niet-hier");

        assertTrue(run.out().contains("No Meldtafel database in " + Path.of("niet-hier").toAbsolutePath()), run.toString());
    }

    @Test
    void demoFillsTheFolderGivenInEitherSpelling() {
        Path other = dir.resolve("ander");

        CommandRun spaced = run(List.of("demo", "--alerts", "1"), "--data-dir", given.toString());
        CommandRun joined = run(List.of("demo", "--alerts", "1"), "--data-dir=" + other);

        assertEquals(0, spaced.exit(), spaced.toString());
        assertEquals(0, joined.exit(), joined.toString());
        assertTrue(Files.isRegularFile(given.resolve(DataFolder.DATABASE_FILE)));
        assertTrue(Files.isRegularFile(other.resolve(DataFolder.DATABASE_FILE)));
        assertFalse(Files.exists(home), "MELDTAFEL_HOME untouched");
    }

    @Test
    void theDeskResolvesItsOptionTheSameWay() {
        assertEquals(given, DataDirOption.resolve(java.util.Optional.of(given), () -> home));
        assertEquals(Path.of("rel").toAbsolutePath(), DataDirOption.resolve(java.util.Optional.of(Path.of("rel")), () -> home));
        assertEquals(home, DataDirOption.resolve(java.util.Optional.empty(), () -> home));
    }
}

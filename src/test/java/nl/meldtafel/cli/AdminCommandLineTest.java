package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.meldtafel.store.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The jar's command line as a whole: help on every command, and usage errors with exit 2. */
class AdminCommandLineTest {

    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @TempDir
    Path dir;

    private AdminCommandLine jar() {
        return AdminCommandLine.of(Map.of("MELDTAFEL_HOME", dir.resolve("home").toString()), CLOCK);
    }

    static Stream<String> commands() {
        return AdminCommandLine.of(Map.of(), CLOCK).commands().stream().map(c -> String.join(" ", c.names()));
    }

    private static String synopsis(AdminCommand command) {
        return command.getClass().getAnnotation(picocli.CommandLine.Command.class).customSynopsis()[0];
    }

    private AdminCommand command(String words) {
        return AdminCommandLine.of(Map.of(), CLOCK).commands().stream()
                .filter(c -> String.join(" ", c.names()).equals(words)).findFirst().orElseThrow();
    }

    private static String[] args(String words, String... more) {
        List<String> all = new ArrayList<>(List.of(words.split(" ")));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} --help")
    @MethodSource("commands")
    void everyCommandPrintsItsHelpOnStdoutAndExitsZero(String words) {
        for (String help : List.of("--help", "-h")) {
            CommandRun run = CommandRun.run(jar(), args(words, help));

            assertEquals(0, run.exit(), run.toString());
            assertTrue(run.out().startsWith("Usage: " + synopsis(command(words))), run.toString());
            assertTrue(run.out().contains("--help"), run.toString());
            assertEquals("", run.err());
        }
    }

    @ParameterizedTest(name = "{0} --help, run through the command object")
    @MethodSource("commands")
    void helpWinsOverMissingArgumentsAndTouchesNoData(String words) {
        CommandRun run = CommandRun.run(command(words), "--help");

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains(synopsis(command(words))), run.toString());
        assertTrue(dir.toFile().list().length == 0, "nothing created");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h", "help"})
    void theJarsHelpListsEveryCommandWithItsOptions(String help) {
        CommandRun run = CommandRun.run(jar(), help);

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("Usage: java -jar meldtafel.jar [COMMAND]   (no command starts the desk)"), run.out());
        for (AdminCommand command : jar().commands()) {
            assertTrue(run.out().contains("  " + command.usage() + System.lineSeparator()), command.usage() + "\n" + run.out());
        }
    }

    @Test
    void aGroupWordListsItsCommandsWithHelp() {
        CommandRun run = CommandRun.run(jar(), "log", "--help");

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().startsWith("Usage: java -jar meldtafel.jar log [-h] [COMMAND]"), run.out());
        for (String sub : List.of("verify", "export", "search")) {
            assertTrue(run.out().contains("  " + sub + "  "), run.out());
        }
    }

    @Test
    void helpWithTheWordsOfANestedCommandShowsThatCommandsHelp() {
        CommandRun run = CommandRun.run(jar(), "help", "log", "verify");

        assertEquals(0, run.exit(), run.toString());
        assertEquals(CommandRun.run(jar(), "log", "verify", "--help").out(), run.out(), "the same as log verify --help");
        assertTrue(run.out().contains("--expect-head"), run.out());
    }

    @Test
    void helpWithUnknownWordsIsAUsageError() {
        assertEquals(2, CommandRun.run(jar(), "help", "log", "frobnicate").exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"frobnicate", "log", "log frobnicate", "groups", "--data-dir=/srv/meldtafel log verify"})
    void anUnknownOrIncompleteCommandIsAUsageError(String args) {
        CommandRun run = CommandRun.run(jar(), args.split(" "));

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().startsWith("unknown command: " + args + System.lineSeparator() + "Usage: "), run.err());
        assertEquals("", run.out());
    }

    @Test
    void noArgumentsAtAllShowTheUsageWithExitTwo() {
        CommandRun run = CommandRun.run(jar());

        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().startsWith("Usage: java -jar meldtafel.jar"), run.err());
    }

    @ParameterizedTest(name = "{0} --bogus")
    @MethodSource("commands")
    void anUnknownOptionExitsTwoNamingItWithTheUsageLine(String words) {
        CommandRun run = CommandRun.run(jar(), args(words, "--bogus", "1"));

        assertEquals(2, run.exit(), run.toString());
        assertEquals(List.of("Unknown argument: --bogus", "usage: " + command(words).usage()), run.errLines());
        assertEquals("", run.out());
        assertTrue(dir.toFile().list().length == 0, "nothing created");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"log export --out x.csv --from", "log export --out x.csv --to",
            "report --to 2026-11-30 --out x.pdf --from", "report --from 2026-11-01 --out x.pdf --to"})
    void aBadDateExitsTwoSayingHowToWriteIt(String args) {
        for (String bad : List.of("2026-13-01", "2026-02-30", "1-11-2026", "gisteren")) {
            CommandRun run = CommandRun.run(jar(), args(args, bad));

            assertEquals(2, run.exit(), run.toString());
            String option = args.substring(args.lastIndexOf(' ') + 1);
            assertEquals("Invalid value for option '" + option + "': '" + bad + "' is not a date; write it as YYYY-MM-DD, "
                    + "e.g. 2026-11-16", run.errLines().get(0));
            assertTrue(run.errLines().get(1).startsWith("usage: " + args.split(" ")[0]), run.toString());
        }
    }

    @Test
    void aPeriodThatRunsBackwardsIsAUsageErrorForBothCommands() {
        for (String words : List.of("log export", "report")) {
            CommandRun run = CommandRun.run(jar(), args(words, "--from", "2026-11-25", "--to", "2026-11-24", "--out", "x"));

            assertEquals(2, run.exit(), run.toString());
            assertEquals("--from 2026-11-25 is after --to 2026-11-24", run.errLines().get(0));
        }
    }

    @Test
    void anAtSignIsAFileNameNotAFileOfArguments() {
        CommandRun run = CommandRun.run(jar(), "templates", "check", "@" + dir.resolve("args"));

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.out().contains("@" + dir.resolve("args")), run.toString());
    }

    @Test
    void optionsOfAnEarlierRunDoNotCarryOverToTheNext() {
        LogVerifyCommand verify = new LogVerifyCommand(() -> dir.resolve("default"), CLOCK);

        CommandRun first = CommandRun.run(verify, "--data-dir", dir.resolve("given").toString());
        CommandRun second = CommandRun.run(verify);

        assertTrue(first.out().contains(dir.resolve("given").toString()), first.toString());
        assertTrue(second.out().contains(dir.resolve("default").toString()), second.toString());
    }
}

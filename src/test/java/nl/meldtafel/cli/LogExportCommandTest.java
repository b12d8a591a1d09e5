package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogExportCommandTest {

    @TempDir
    Path dir;
    @TempDir
    Path out;
    /** Monday 23 November 2026, 23.30 in Amsterdam: the day boundary is the desk's, not UTC's. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T22:30:00Z"));

    @BeforeEach
    void alertsOnThreeDays() {
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vriës", "1"), "jan");
            for (String text : List.of("Inbraak maandag", "Inbraak dinsdag", "Inbraak woensdag")) {
                long id = s.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}", text,
                        null, FollowUpPolicy.NONE, List.of()), jan);
                s.alertService().confirmSent(id, jan);
                clock.advance(Duration.ofDays(1));
            }
        }
    }

    private CommandRun export(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        return CommandRun.run(new LogExportCommand(DefaultDataFolder.of(java.util.Map.of()), clock), all.toArray(String[]::new));
    }

    @Test
    void writesThePeriodWithBothDaysIncluded() throws Exception {
        Path file = out.resolve("log.csv");

        CommandRun run = export("--from", "2026-11-24", "--to", "2026-11-25", "--out", file.toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("2 alerts written"), run.out());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNummer;Soort;"), csv);
        assertTrue(csv.contains("Inbraak dinsdag") && csv.contains("Inbraak woensdag"), csv);
        assertFalse(csv.contains("Inbraak maandag"), "23 November 23.30 in Amsterdam is Monday");
        assertTrue(csv.contains("J. de Vriës"), csv);
        assertFalse(Files.exists(out.resolve("log.csv.part")));
    }

    @Test
    void withoutPeriodEverythingIsWritten() throws Exception {
        Path file = out.resolve("alles.csv");

        CommandRun run = export("--out=" + file);

        assertEquals(0, run.exit(), run.toString());
        assertEquals(4, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    }

    @Test
    void badDatesAndMissingArgumentsAreUsageErrors() {
        Path file = out.resolve("x.csv");
        for (String[] args : List.of(
                new String[] {"--from", "23-11-2026", "--out", file.toString()},
                new String[] {"--from", "2026-02-30", "--out", file.toString()},
                new String[] {"--from", "2026-11-25", "--to", "2026-11-24", "--out", file.toString()},
                new String[] {"--from", "2026-11-24"},
                new String[] {"--out"},
                new String[] {"--until", "2026-11-24", "--out", file.toString()})) {
            CommandRun run = export(args);

            assertEquals(2, run.exit(), run.toString());
            assertTrue(run.err().contains("usage: log export"), run.err());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void anUnwritableTargetExitsOneAndLeavesNothing() {
        Path file = out.resolve("no-such-folder").resolve("log.csv");

        CommandRun run = export("--out", file.toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("Could not write"), run.err());
    }

    @Test
    void aFolderWithoutDatabaseIsAnErrorNotAnEmptyExport() {
        Path empty = out.resolve("geen-meldtafel");
        Path file = out.resolve("log.csv");

        CommandRun run = CommandRun.run(new LogExportCommand(DefaultDataFolder.of(java.util.Map.of()), clock),
                "--data-dir", empty.toString(), "--out", file.toString());

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("No Meldtafel database in " + empty), run.err());
        assertFalse(Files.exists(file));
        assertFalse(Files.exists(empty), "the command does not create a data folder");
    }
}

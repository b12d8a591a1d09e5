package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSearchCommandTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    private long[] logWith(String... texts) {
        long[] ids = new long[texts.length];
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vries", "1"), "jan");
            for (int i = 0; i < texts.length; i++) {
                ids[i] = s.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                        texts[i], null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), jan);
                s.alertService().confirmSent(ids[i], jan);
                clock.advance(Duration.ofMinutes(12));
            }
        }
        return ids;
    }

    @Test
    void printsNumberTimeKindAndSummaryOfEveryMatchNewestFirst() {
        long[] ids = logWith("*Dit is een politiebericht*\nWoninginbraak aan de Dorpsstraat", "Fietsendiefstal bij het station",
                "Inbraak in bedrijfspand, kenteken D-123-BC");

        CommandRun r = CommandRun.run(command(), "inbraak", "--data-dir", dir.toString());

        assertEquals(0, r.exit(), r.toString());
        assertEquals(List.of(
                ids[2] + "  2026-11-23 14:24  Heterdaad  Inbraak in bedrijfspand, kenteken D-123-BC",
                ids[0] + "  2026-11-23 14:00  Heterdaad  Woninginbraak aan de Dorpsstraat",
                "2 alerts found."), r.outLines());
    }

    @Test
    void findsPartsOfWordsAndPlatesAndTakesSeveralWords() {
        long[] ids = logWith("Woninginbraak aan de Dorpsstraat", "Fietsendiefstal bij het station", "Kenteken D-123-BC gezien");

        assertTrue(CommandRun.run(command(), "fiets", "--data-dir", dir.toString()).out().startsWith(ids[1] + "  "));
        assertTrue(CommandRun.run(command(), "123", "--data-dir", dir.toString()).out().startsWith(ids[2] + "  "));
        CommandRun both = CommandRun.run(command(), "--data-dir", dir.toString(), "diefstal", "station");
        assertEquals(0, both.exit(), both.toString());
        assertEquals(2, both.outLines().size(), both.toString());
    }

    @Test
    void nothingFoundExitsOne() {
        logWith("Woninginbraak aan de Dorpsstraat");

        CommandRun r = CommandRun.run(command(), "overval", "--data-dir", dir.toString());

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.out().contains("No alert matches 'overval'"), r.toString());
    }

    @Test
    void withoutTextOrWithAnUnknownOptionItIsAUsageError() {
        logWith("Woninginbraak");

        for (String[] args : List.of(new String[] {"--data-dir", dir.toString()}, new String[] {" * ", "--data-dir", dir.toString()},
                new String[] {"inbraak", "--limit", "3", "--data-dir", dir.toString()})) {
            CommandRun r = CommandRun.run(command(), args);
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains("usage: log search"), r.toString());
        }
    }

    @Test
    void aFolderWithoutDatabaseIsRefusedAndLeftEmpty() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("leeg"));

        CommandRun r = CommandRun.run(command(), "inbraak", "--data-dir", empty.toString());

        assertEquals(1, r.exit(), r.toString());
        assertTrue(r.err().contains("No Meldtafel database"), r.toString());
        assertFalse(Files.exists(empty.resolve(DataFolder.DATABASE_FILE)));
        try (var files = Files.list(empty)) {
            assertEquals(0, files.count());
        }
    }

    private LogSearchCommand command() {
        return new LogSearchCommand(this::defaultFolder, clock);
    }

    private Path defaultFolder() {
        return DataFolder.defaultFolder(Map.of(), "Linux", dir.resolve("home"));
    }
}

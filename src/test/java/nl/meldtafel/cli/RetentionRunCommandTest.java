package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionRunCommandTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T13:00:00Z"));

    private final DefaultDataFolder resolver = () -> DataFolder.defaultFolder(java.util.Map.of(), "Linux", dir);

    @Test
    void printsWhatItRedactedAndLogVerifyStillPasses() {
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vries", "1"), "jan");
            for (int i = 0; i < 2; i++) {
                long id = s.alertService().recordPending(new NewAlert(MessageKind.VERMISSING, "vermissing", "h", "{}",
                        "Vermist: persoon " + i, null, new FollowUpPolicy(true, Duration.ofHours(2), null), List.of()), jan);
                s.alertService().confirmSent(id, jan);
                s.alertService().closeWithReason(id, CloseCategory.OPGELOST, "Terecht", jan);
            }
        }
        clock.advance(Duration.ofDays(8));

        CommandRun run = CommandRun.run(new RetentionRunCommand(resolver, clock), "--data-dir", dir.toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("vermissing 7"), run.out());
        assertTrue(run.out().contains("Redacted 2 alerts (ids 1 to 2)"), run.out());
        CommandRun verify = CommandRun.run(new LogVerifyCommand(resolver, clock), "--data-dir", dir.toString());
        assertEquals(0, verify.exit(), verify.toString());
        assertTrue(verify.out().contains("2 redacted alerts"), verify.out());

        CommandRun again = CommandRun.run(new RetentionRunCommand(resolver, clock), "--data-dir", dir.toString());
        assertTrue(again.out().contains("Nothing to redact."), again.out());
    }

    @Test
    void unknownArgumentIsAUsageError() {
        assertEquals(2, CommandRun.run(new RetentionRunCommand(resolver, clock), "--force").exit());
    }
}

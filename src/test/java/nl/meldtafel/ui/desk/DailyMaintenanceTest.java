package nl.meldtafel.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk removes expired content when the database opens and again once a day, with the daily backup. */
class DailyMaintenanceTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-10-01T10:00:00Z"));

    @Test
    void redactsAtOpeningAndOnceADay() {
        long id;
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vries", "1"), "jan");
            id = s.alertService().recordPending(new NewAlert(MessageKind.VERMISSING, "vermissing", "h", "{\"naam\":\"X\"}",
                    "Vermist: X", null, new FollowUpPolicy(true, Duration.ofHours(2), null), List.of()), jan);
            s.alertService().confirmSent(id, jan);
            s.alertService().closeWithReason(id, CloseCategory.OPGELOST, "Terecht", jan);
        }
        clock.advance(Duration.ofDays(8));
        DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), dir, clock);
        assertNull(database.redactionProperty().get());

        database.open();

        RedactionReport first = database.redactionProperty().get();
        assertEquals(List.of(id), first.redactedIds());
        assertTrue(database.current().orElseThrow().alerts().find(id).orElseThrow().isRedacted());
        assertTrue(Files.exists(dir.resolve("backups").resolve("meldtafel-2026-10-09.db")));

        database.dailyMaintenance();
        assertSame(first, database.redactionProperty().get(), "not twice on one day");

        clock.advance(Duration.ofDays(1));
        database.dailyMaintenance();
        assertNotSame(first, database.redactionProperty().get());
        assertTrue(Files.exists(dir.resolve("backups").resolve("meldtafel-2026-10-10.db")));
        database.close();
    }
}

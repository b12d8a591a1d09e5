package nl.meldtafel.app;

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
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduler removes expired content once the log is open and again once a day, with the daily backup; the desk shows it. */
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
        Storage storage = Storage.at(dir, clock);
        DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), storage, dir);
        DailyMaintenance maintenance = new DailyMaintenance(TaskRunner.sameThread(), storage, database, clock);
        maintenance.runIfDue();
        assertNull(database.redactionProperty().get(), "nothing before the log is open");

        database.open();
        maintenance.runIfDue(); // as the desk calls it after its first reads

        RedactionReport first = database.redactionProperty().get();
        assertEquals(List.of(id), first.redactedIds());
        assertTrue(storage.alerts().find(id).orElseThrow().isRedacted());
        assertTrue(Files.exists(dir.resolve("backups").resolve("meldtafel-2026-10-09.db")));

        maintenance.runIfDue();
        assertSame(first, database.redactionProperty().get(), "not twice on one day");

        clock.advance(Duration.ofDays(1));
        maintenance.runIfDue();
        assertNotSame(first, database.redactionProperty().get());
        assertTrue(Files.exists(dir.resolve("backups").resolve("meldtafel-2026-10-10.db")));
        database.close();
    }
}

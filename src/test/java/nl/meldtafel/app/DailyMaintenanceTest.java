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
        DailyMaintenance maintenance = new DailyMaintenance(TaskRunner.sameThread(), storage, database, clock, Runnable::run);
        maintenance.runIfDue();
        assertNull(database.redactionProperty().get(), "nothing before the log is open");

        database.open();
        maintenance.runIfDue(); // as the desk calls it after its first reads

        RedactionReport first = database.redactionProperty().get();
        assertEquals(1, first.count());
        assertEquals(id, first.batches().get(0).firstId());
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

    @Test
    void theStatusBarShowsHowFarALongRunIsThenWhatItSaidBefore() {
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vries", "1"), "jan");
            s.inOneTransaction("seed", () -> {
                for (int i = 0; i < 600; i++) { // three pages of the run
                    long id = s.alertService().recordPending(new NewAlert(MessageKind.VERMISSING, "vermissing", "h",
                            "{\"naam\":\"X" + i + "\"}", "Vermist: X" + i, null, new FollowUpPolicy(true, Duration.ofHours(2), null),
                            List.of()), jan);
                    s.alertService().confirmSent(id, jan);
                    s.alertService().closeWithReason(id, CloseCategory.OPGELOST, "Terecht", jan);
                }
                return null;
            });
        }
        clock.advance(Duration.ofDays(8));
        Storage storage = Storage.at(dir, clock);
        DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), storage, dir);
        DailyMaintenance maintenance = new DailyMaintenance(TaskRunner.sameThread(), storage, database, clock, Runnable::run);
        database.open();
        String before = database.statusProperty().get();
        List<String> shown = new java.util.ArrayList<>();
        database.statusProperty().addListener((o, was, now) -> shown.add(now));

        maintenance.runIfDue();

        List<Integer> percents = shown.stream().filter(t -> t.startsWith("Bewaartermijn: oude inhoud verwijderen, "))
                .map(t -> Integer.parseInt(t.replaceAll("\\D", ""))).toList();
        assertTrue(!percents.isEmpty(), "progress shows: " + shown);
        assertEquals(percents.stream().distinct().sorted().toList(), percents, "rising: " + shown);
        assertTrue(percents.get(0) > 0 && percents.get(percents.size() - 1) < 100, "between start and end: " + shown);
        assertEquals(before, database.statusProperty().get(), "then what it said before");
        assertEquals(600, database.redactionProperty().get().count());
        database.close();
    }

    @Test
    void aDeskThatClosesStopsTheRunAndTheNextStartGoesOn() {
        long first;
        try (Storage s = Storage.open(dir, clock)) {
            Actor jan = new Actor(s.officers().register("J. de Vries", "1"), "jan");
            first = s.inOneTransaction("seed", () -> {
                long id0 = 0;
                for (int i = 0; i < 300; i++) {
                    long id = s.alertService().recordPending(new NewAlert(MessageKind.VERMISSING, "vermissing", "h",
                            "{\"naam\":\"X" + i + "\"}", "Vermist: X" + i, null, new FollowUpPolicy(true, Duration.ofHours(2), null),
                            List.of()), jan);
                    s.alertService().confirmSent(id, jan);
                    s.alertService().closeWithReason(id, CloseCategory.OPGELOST, "Terecht", jan);
                    id0 = id0 == 0 ? id : id0;
                }
                return id0;
            });
        }
        clock.advance(Duration.ofDays(8));
        Storage storage = Storage.at(dir, clock);
        DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), storage, dir);
        DailyMaintenance maintenance = new DailyMaintenance(TaskRunner.sameThread(), storage, database, clock,
                shownOnFx -> {
                    shownOnFx.run();
                    maintenanceToStop[0].stop(); // closing the desk as the first page's progress shows
                });
        maintenanceToStop[0] = maintenance;
        database.open();

        maintenance.runIfDue();

        RedactionReport stopped = database.redactionProperty().get();
        assertTrue(!stopped.finished() && stopped.count() > 0 && stopped.count() < 300, "stopped part way: " + stopped.count());
        assertTrue(storage.alerts().find(first).orElseThrow().isRedacted());
        database.close();

        Storage again = Storage.at(dir, clock);
        DatabaseViewModel reopened = new DatabaseViewModel(TaskRunner.sameThread(), again, dir);
        reopened.open();
        new DailyMaintenance(TaskRunner.sameThread(), again, reopened, clock, Runnable::run).runIfDue();
        assertEquals(300 - stopped.count(), reopened.redactionProperty().get().count(), "the next start does the rest");
        assertTrue(reopened.redactionProperty().get().finished());
        reopened.close();
    }

    private final DailyMaintenance[] maintenanceToStop = new DailyMaintenance[1];
}

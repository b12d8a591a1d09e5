package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.beans.property.SimpleObjectProperty;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.ui.common.LiveRefresh;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.followup.FollowUpItem;
import nl.meldtafel.ui.followup.FollowUpViewModel;
import nl.meldtafel.ui.log.LogRow;
import nl.meldtafel.ui.log.LogViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two desks on one server database, each with its own services, feed and screens, as two desk PCs: what
 * one does shows on the other within a second (issue 14, point 1).
 */
class TwoDesksLiveTest {

    private static final long PROMISE_MILLIS = 1_000;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 0)
            .atZone(MutableClock.AMSTERDAM).toInstant());
    // each desk's FX thread, and the timer its screens share
    private final ExecutorService fxA = Executors.newSingleThreadExecutor();
    private final ExecutorService fxB = Executors.newSingleThreadExecutor();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<AutoCloseable> toClose = new ArrayList<>();
    private Storage deskA;
    private Storage deskB;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void openTwoDesks() throws Exception {
        String url = EmbeddedServer.migratedDatabase();
        deskA = desk(url, "a");
        deskB = desk(url, "b");
        jan = Fixtures.officer(deskA, "J. de Vries", "123456");
        piet = new Actor(deskB.officers().all().get(0), "tester"); // another desk, the same officer register
    }

    private Storage desk(String url, String name) throws Exception {
        Storage storage = Storage.on(Files.createDirectories(dir.resolve(name)), PostgresBackend.at(url, EmbeddedServer.user(),
                clock), clock);
        storage.open();
        toClose.add(storage);
        return storage;
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        timer.shutdownNow();
        fxA.shutdownNow();
        fxB.shutdownNow();
    }

    @Test
    void whatOneDeskConfirmsReachesTheOthersFeedAndOpvolgingWithinASecond() throws Exception {
        List<LogChange> heardByB = new CopyOnWriteArrayList<>();
        Map<LogChange, Long> lastHeardAt = new ConcurrentHashMap<>();
        toClose.add(deskB.changes().subscribe(change -> {
            lastHeardAt.put(change, System.nanoTime());
            heardByB.add(change);
        }));
        FollowUpViewModel followUpB = followUp(deskB, fxB);
        List<Long> observed = new ArrayList<>();
        List<Long> feed = new ArrayList<>();

        for (int i = 1; i <= 5; i++) {
            long id = deskA.alertService().recordPending(Fixtures.heterdaad("Inbraak " + i), jan);
            deskA.alertService().confirmSent(id, jan);
            long committed = System.nanoTime();
            int open = i;

            observed.add(within(() -> onFx(fxB, () -> followUpB.open().size() == open
                    && followUpB.open().stream().anyMatch(item -> item.id() == id)), committed));
            assertTrue(heardByB.contains(new LogChange(LogChange.Kind.ALERT, id)), heardByB.toString());
            feed.add((lastHeardAt.get(new LogChange(LogChange.Kind.ALERT, id)) - committed) / 1_000_000);
            assertEquals(String.valueOf(open), onFx(fxB, () -> followUpB.badgeProperty().get()));
        }
        System.out.println("Propagation desk A -> desk B, ms: feed " + feed + " median " + median(feed) + "; Opvolging "
                + observed + " median " + median(observed));
    }

    @Test
    void closingADueAlertOnOneDeskTakesItsReminderAwayOnTheOther() throws Exception {
        long id = deskA.alertService().recordPending(Fixtures.heterdaad("Inbraak Dorpsstraat"), jan);
        deskA.alertService().confirmSent(id, jan);
        clock.advance(Duration.ofMinutes(61)); // past its due time
        FollowUpViewModel followUpB = followUp(deskB, fxB);
        assertEquals(List.of(id), onFx(fxB, () -> followUpB.prompts().stream().map(FollowUpItem::id).toList()));
        assertEquals(1, onFx(fxB, () -> followUpB.overdueCountProperty().get()));

        deskA.alertService().closeWithReason(id, CloseCategory.LOOS_ALARM, "Loos alarm, niemand aangetroffen", jan);
        long committed = System.nanoTime();

        long took = within(() -> onFx(fxB, () -> followUpB.open().isEmpty()), committed);
        System.out.println("Propagation of a close, desk A -> desk B Opvolging: " + took + " ms");
        assertTrue(onFx(fxB, () -> followUpB.prompts().isEmpty()), "the reminder went away");
        assertEquals(0, onFx(fxB, () -> followUpB.overdueCountProperty().get()));
        assertEquals(AlertStatus.CLOSED, deskB.alertService().find(id).orElseThrow().status());
    }

    @Test
    void whatOneDeskSendsAndClosesShowsInTheOthersLogboek() throws Exception {
        LogViewModel logB = onFx(fxB, () -> new LogViewModel(deskB.alertService(), deskB.officers(), TaskRunner.sameThread(),
                text -> { }, MutableClock.AMSTERDAM, clock));
        toClose.add(new LiveRefresh(deskB.changes(), logB::othersChanged, fxB, timer, LiveRefresh.GAP));
        onFx(fxB, () -> {
            logB.load();
            return null;
        });

        long id = deskA.alertService().recordPending(Fixtures.vermissing("Jan vermist"), jan);
        deskA.alertService().confirmSent(id, jan);
        within(() -> onFx(fxB, () -> logB.rows().stream().anyMatch(row -> row.id() == id)), System.nanoTime());
        onFx(fxB, () -> {
            logB.select(id);
            return null;
        });
        String sentStatus = onFx(fxB, () -> statusOf(logB, id));
        String openClosure = onFx(fxB, () -> logB.detailProperty().get().closure());

        deskA.alertService().closeWithReason(id, CloseCategory.LOOS_ALARM, "Thuis aangetroffen", jan);
        within(() -> onFx(fxB, () -> !statusOf(logB, id).equals(sentStatus)
                && !logB.detailProperty().get().closure().equals(openClosure)), System.nanoTime());
        assertTrue(onFx(fxB, () -> logB.detailProperty().get().closure()).contains("Thuis aangetroffen"));
    }

    private static long median(List<Long> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static String statusOf(LogViewModel log, long id) {
        return log.rows().stream().filter(row -> row.id() == id).map(LogRow::status).findFirst().orElse("");
    }

    @Test
    void aDeskDoesNotHearItsOwnChanges() throws Exception {
        List<LogChange> heardByA = new CopyOnWriteArrayList<>();
        toClose.add(deskA.changes().subscribe(heardByA::add));

        long own = deskA.alertService().recordPending(Fixtures.heterdaad("Eigen bericht"), jan);
        deskA.alertService().confirmSent(own, jan);
        long other = deskB.alertService().recordPending(Fixtures.heterdaad("Bericht van B"), piet);

        // notifications arrive in commit order: once B's is heard, A's own would have been heard before it
        within(() -> heardByA.contains(new LogChange(LogChange.Kind.ALERT, other)), System.nanoTime());
        assertEquals(List.of(new LogChange(LogChange.Kind.ALERT, other)), heardByA);
    }

    private FollowUpViewModel followUp(Storage desk, ExecutorService fx) throws Exception {
        SimpleObjectProperty<Officer> officer = new SimpleObjectProperty<>();
        FollowUpViewModel model = onFx(fx, () -> new FollowUpViewModel(TaskRunner.sameThread(), desk.alertService(),
                desk.pasteChecklist(), clock, officer));
        toClose.add(new LiveRefresh(desk.changes(), model::othersChanged, fx, timer, LiveRefresh.GAP));
        onFx(fx, () -> {
            model.refresh();
            return null;
        });
        return model;
    }

    /** Runs on the desk's FX thread, where its screens live; their background reads run there too (same-thread runner). */
    private static <T> T onFx(ExecutorService fx, Callable<T> work) throws Exception {
        return fx.submit(work).get();
    }

    /** Waits until {@code check} holds, at most the promised second after {@code since}; returns the milliseconds it took. */
    private static long within(Callable<Boolean> check, long since) throws Exception {
        while (!check.call()) {
            long waited = (System.nanoTime() - since) / 1_000_000;
            assertTrue(waited < PROMISE_MILLIS, "not shown within " + PROMISE_MILLIS + " ms");
            Thread.sleep(5);
        }
        return (System.nanoTime() - since) / 1_000_000;
    }
}

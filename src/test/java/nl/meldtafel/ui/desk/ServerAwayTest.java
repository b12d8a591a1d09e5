package nl.meldtafel.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.app.DeskAssembly;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.FlakyLink;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeFixture;
import nl.meldtafel.ui.compose.LogAlertSink;
import nl.meldtafel.ui.compose.QueueingAlertSink;
import nl.meldtafel.ui.compose.SendQueue;
import nl.meldtafel.ui.followup.FollowUpItem;
import nl.meldtafel.ui.followup.FollowUpViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk whose server cannot be reached at start keeps copying: alerts go into the local queue, the
 * status bar says how many wait, and when the server is back the desk gets through by itself and
 * records them in order.
 */
class ServerAwayTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-03T13:32:00Z"));

    @TempDir
    Path folder;
    private String url;
    private FlakyLink link;
    private Officer jan;
    private Storage storage;
    private DatabaseViewModel database;
    private QueueingAlertSink sink;

    @BeforeEach
    void deskBehindALink() {
        url = EmbeddedServer.migratedDatabase();
        try (Storage direct = Storage.on(folder.resolve("elders"), PostgresBackend.at(url, EmbeddedServer.user(), clock), clock)) {
            direct.open();
            jan = direct.officers().register("Jan Jansen", "111111");
        }
        link = new FlakyLink(Integer.parseInt(url.replaceFirst("^jdbc:postgresql://[^:]+:(\\d+)/.*$", "$1")));
        String database = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        ServerAddress address = ServerAddress.parse("postgresql://postgres@127.0.0.1:" + link.port() + "/" + database);
        storage = DeskAssembly.storage(folder, Optional.of(address), Map.of(), clock);
        this.database = new DatabaseViewModel(TaskRunner.sameThread(), storage, folder);
        sink = new QueueingAlertSink(new LogAlertSink(storage.alertService()), storage, storage.queuedSendService(),
                new SendQueue(folder, storage.serverName()), clock);
        this.database.queueWhileOpening(sink::replay);
        this.database.countQueuedWith(sink::queued);
        sink.onServerLost(this.database::serverLost);
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        link.close();
    }

    private long copy(String text) {
        long id = sink.recordPending(ComposeFixture.template("heterdaad"), FieldValues.empty(), text, null, jan, List.of());
        database.noteQueued();
        return id;
    }

    @Test
    void copyingGoesOnWhileTheServerIsAwayAndTheQueueIsRecordedInOrderWhenItIsBack() throws Exception {
        link.down();
        database.open();

        assertEquals(DatabaseViewModel.State.OPENING, database.stateProperty().get(), "not failed: the desk goes on");
        assertNull(database.sendBlockProperty().get(), "copying is not blocked");
        assertEquals("Server 127.0.0.1 niet bereikbaar \u2013 kopi\u00ebren werkt, berichten worden vastgelegd zodra de server terug is",
                database.statusProperty().get());

        Instant firstCopied = clock.instant();
        long first = copy("*HETERDAAD*\nEerste, terwijl de server weg is");
        clock.advance(Duration.ofSeconds(30));
        Instant firstPosted = clock.instant();
        sink.confirmSent(first, jan);
        clock.advance(Duration.ofMinutes(1));
        Instant secondCopied = clock.instant();
        copy("*HETERDAAD*\nTweede, terwijl de server weg is");
        assertEquals("Server 127.0.0.1 niet bereikbaar \u2013 2 berichten wachten", database.statusProperty().get());

        database.reconnect(); // still away: nothing changes, nothing is lost
        assertEquals(DatabaseViewModel.State.OPENING, database.stateProperty().get());
        assertEquals(2, sink.queued());

        clock.advance(Duration.ofMinutes(20));
        link.up();
        database.reconnect();

        assertEquals(DatabaseViewModel.State.OK, database.stateProperty().get());
        assertEquals("Database ok; 2 gekopieerde berichten vastgelegd", database.statusProperty().get());
        assertEquals(0, sink.queued());
        List<AlertRow> logged = storage.alerts().search(AlertQuery.all()).items();
        assertEquals(List.of("*HETERDAAD*\nTweede, terwijl de server weg is", "*HETERDAAD*\nEerste, terwijl de server weg is"),
                logged.stream().map(r -> storage.alertService().find(r.id()).orElseThrow().text()).toList(),
                "both recorded, newest first in the log");
        assertEquals(List.of(AlertStatus.PENDING, AlertStatus.SENT), logged.stream().map(AlertRow::status).toList(),
                "the one confirmed while away is sent, the other still waits for its confirmation");
        assertEquals(List.of(secondCopied, firstCopied), logged.stream().map(AlertRow::createdAt).toList(),
                "recorded with the times they were copied, not the time the server took them");
        assertEquals(firstPosted, storage.alertService().find(logged.get(1).id()).orElseThrow().sentAt());
    }

    @Test
    void aServerThatGoesAwayAfterOpeningQueuesTheNextCopyAndTheDeskRecordsItWhenItIsBack() throws Exception {
        database.open();
        assertEquals("Server 127.0.0.1: ok", database.statusProperty().get());
        long direct = copy("*HETERDAAD*\nVoor de storing");
        assertTrue(direct > 0, "recorded on the server at once");

        link.down();
        long queued = copy("*HETERDAAD*\nTijdens de storing");

        assertTrue(queued < 0, "queued: the server could not be reached");
        assertEquals("Server 127.0.0.1 niet bereikbaar \u2013 1 bericht wacht", database.statusProperty().get());
        assertNull(database.sendBlockProperty().get());
        database.reconnect(); // still away
        assertEquals(1, sink.queued());

        link.up();
        // the desk's timer tries every 10 s; the pool may first hand out a connection the cut broke
        for (int attempt = 0; attempt < 5 && sink.queued() > 0; attempt++) {
            database.reconnect();
        }

        assertEquals(0, sink.queued());
        assertEquals("Database ok; 1 gekopieerd bericht vastgelegd", database.statusProperty().get());
        assertEquals(List.of("*HETERDAAD*\nTijdens de storing", "*HETERDAAD*\nVoor de storing"),
                storage.alerts().search(AlertQuery.all()).items().stream()
                        .map(r -> storage.alertService().find(r.id()).orElseThrow().text()).toList());
    }

    @Test
    void aConfirmationGivenWhileTheServerIsAwayIsKeptAndRecordedWithTheTimeItWasGiven() throws Exception {
        database.open();
        long copied = copy("*HETERDAAD*\nOverval Kerkplein");
        assertTrue(copied > 0, "recorded on the server at once");

        link.down();
        clock.advance(Duration.ofMinutes(1));
        Instant postedAt = clock.instant();
        sink.confirmSent(copied, jan); // "Ja, geplaatst": posted in WhatsApp, whatever the server does
        database.noteQueued();

        assertTrue(sink.confirmationWaits(copied));
        assertEquals(1, sink.queued());
        assertEquals("Server 127.0.0.1 niet bereikbaar \u2013 1 bericht wacht", database.statusProperty().get());

        clock.advance(Duration.ofMinutes(2));
        link.up();
        assertEquals(List.of(), unconfirmedOnceReachable(),
                "back before the replay: still pending on the server, but not asked for again at this desk");
        for (int attempt = 0; attempt < 5 && sink.queued() > 0; attempt++) {
            database.reconnect();
        }

        assertEquals(0, sink.queued());
        assertEquals("Server 127.0.0.1: ok", database.statusProperty().get(), "nothing waits any more");
        nl.meldtafel.alert.Alert logged = storage.alertService().find(copied).orElseThrow();
        assertEquals(AlertStatus.SENT, logged.status());
        assertEquals(postedAt, logged.sentAt(), "sent when the officer said so, not when the server was back");
        assertEquals(List.of(), sink.unconfirmed(), "not waiting for a second 'Ja'");
        assertTrue(storage.verifyReadingAhead(java.util.Optional.empty()).intact());
    }

    /** The pool may first hand out a connection the cut broke. */
    private List<nl.meldtafel.ui.compose.PendingAlert> unconfirmedOnceReachable() {
        for (int attempt = 0; ; attempt++) {
            try {
                return sink.unconfirmed();
            } catch (nl.meldtafel.store.StorageException e) {
                if (attempt == 4) {
                    throw e;
                }
            }
        }
    }

    @Test
    void aClosingGivenWhileTheServerIsAwayIsKeptAndRecordedWithItsTimeUnlessAnotherDeskClosedItFirst() throws Exception {
        database.open();
        long first = copy("*HETERDAAD*\nInbraak Dorpsstraat");
        sink.confirmSent(first, jan);
        long second = copy("*HETERDAAD*\nInbraak Kerkplein");
        sink.confirmSent(second, jan);
        FollowUpViewModel followUp = new FollowUpViewModel(TaskRunner.sameThread(), storage.alertService(),
                storage.pasteChecklist(), clock, new SimpleObjectProperty<>(jan));
        followUp.keepClosingsIn(sink::queueClosing, database::noteKeptWhileAway);
        followUp.refresh();
        assertEquals(2, followUp.open().size());
        FollowUpItem dorpsstraat = followUp.open().stream().filter(i -> i.row().id() == first).findFirst().orElseThrow();
        FollowUpItem kerkplein = followUp.open().stream().filter(i -> i.row().id() == second).findFirst().orElseThrow();

        link.down();
        clock.advance(Duration.ofMinutes(5));
        Instant closedAt = clock.instant();
        followUp.close(dorpsstraat, CloseCategory.LOOS_ALARM, "Melder trok melding in");
        followUp.close(kerkplein, CloseCategory.OPGELOST, "Dader aangehouden door noodhulp");

        assertTrue(followUp.errorProperty().get().startsWith("De server is niet bereikbaar. Het sluiten is bewaard"),
                followUp.errorProperty().get());
        assertEquals(2, sink.queued());
        assertEquals(List.of(), followUp.open(), "kept closings leave the list, so nobody closes them twice");
        assertEquals("Server 127.0.0.1 niet bereikbaar \u2013 2 berichten wachten", database.statusProperty().get());
        // meanwhile a desk that could reach the server closed the second one
        Officer piet;
        try (Storage other = Storage.on(folder.resolve("andere-balie"), PostgresBackend.at(url, EmbeddedServer.user(), clock), clock)) {
            other.open();
            piet = other.officers().register("Piet de Boer", "222222");
            other.alertService().closeWithReason(second, CloseCategory.DUBBEL, "al gesloten door de andere balie",
                    new nl.meldtafel.alert.Actor(piet, "andere-balie"));
        }

        clock.advance(Duration.ofMinutes(20));
        link.up();
        for (int attempt = 0; attempt < 5 && sink.queued() > 0; attempt++) {
            database.reconnect();
        }

        assertEquals(0, sink.queued());
        assertEquals("Server 127.0.0.1: ok", database.statusProperty().get(), "nothing waits any more");
        followUp.refresh();
        assertEquals(List.of(), followUp.open());
        Alert closed = storage.alertService().find(first).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closed.status());
        assertEquals("Melder trok melding in", closed.closure().reason());
        assertEquals(closedAt, closed.closure().at(), "closed at the time the officer closed it");
        assertEquals("al gesloten door de andere balie", storage.alertService().find(second).orElseThrow().closure().reason(),
                "the other desk's closing stands");
        assertTrue(storage.verifier().verify(Optional.empty()).intact());
    }
}

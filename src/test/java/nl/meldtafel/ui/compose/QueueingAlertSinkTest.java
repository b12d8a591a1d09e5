package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Copying while the database is still opening: queued on disk first, recorded later, in order, exactly once. */
class QueueingAlertSinkTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 32)
            .atZone(MutableClock.AMSTERDAM).toInstant());
    private final List<String> clipboard = new ArrayList<>();
    private final List<String> queuedWhenCopied = new ArrayList<>();
    private Storage storage; // not open while "opening"
    private Officer jan;

    @BeforeEach
    void knownOfficer() {
        try (Storage s = Storage.open(folder, clock)) {
            jan = s.officers().register("Jan Jansen", "111111");
        }
        storage = Storage.at(folder, clock);
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
    }

    private QueueingAlertSink sink() {
        return new QueueingAlertSink(new LogAlertSink(storage.alertService()), storage, storage.queuedSendService(),
                new SendQueue(folder), clock);
    }

    private ComposeViewModel compose(QueueingAlertSink sink) {
        ComposeViewModel model = new ComposeViewModel(new MessageRenderer(clock), clock, sink,
                new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(), text -> {
                    queuedWhenCopied.add(queueFile());
                    clipboard.add(text);
                }, url -> { });
        model.setTemplates(ComposeFixture.CATALOG.templates());
        model.officerProperty().set(jan);
        return model;
    }

    private String heterdaad(ComposeViewModel model, String locatie) {
        model.select(ComposeFixture.template("heterdaad"));
        FormModel form = model.formProperty().get();
        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        form.field("locatie").orElseThrow().textProperty().set(locatie);
        return model.resultProperty().get().finalText().orElseThrow();
    }

    @Test
    void alertsCopiedWhileTheDatabaseOpensAreOnDiskBeforeTheClipboardAndRecordedInOrderOnce() throws Exception {
        ComposeViewModel model = compose(sink());
        String first = heterdaad(model, "Dorpsstraat");
        Instant firstCopied = clock.instant();
        model.copy();
        long provisional = model.awaitingConfirmationProperty().get().id();
        clock.advance(Duration.ofSeconds(40));
        Instant firstPosted = clock.instant();
        model.confirmSent(); // "Ja" while the database is still opening
        clock.advance(Duration.ofMinutes(2));
        String second = heterdaad(model, "Kerkplein");
        Instant secondCopied = clock.instant();
        model.copy();
        clock.advance(Duration.ofMinutes(3)); // opening took this long

        assertEquals(List.of(first, second), clipboard);
        assertTrue(queuedWhenCopied.get(0).contains(json(first)), "the first text was queued before it was copied");
        assertTrue(queuedWhenCopied.get(1).contains(json(second)), "the second text was queued before it was copied");
        assertTrue(provisional < 0);

        // the desk is killed here and started again: the queue is still there and is recorded once the database is open
        QueueingAlertSink restarted = sink();
        assertTrue(restarted.hasQueued());
        assertEquals(List.of(second), restarted.unconfirmed().stream().map(PendingAlert::text).toList(),
                "the unconfirmed one waits under 'Nog niet bevestigd'");
        Path copyOfQueue = Files.copy(folder.resolve(SendQueue.FILE), folder.resolve("queue-before-replay"));
        storage.open();

        assertEquals(2, restarted.replay());

        List<Alert> logged = logged();
        assertEquals(List.of(first, second), logged.stream().map(Alert::text).toList(), "in the order they were copied");
        assertEquals(List.of(AlertStatus.SENT, AlertStatus.PENDING), logged.stream().map(Alert::status).toList());
        assertEquals(jan, logged.get(0).officer());
        assertEquals(List.of(firstCopied, secondCopied), logged.stream().map(Alert::createdAt).toList(),
                "recorded with the times they were copied, not the time the log took them");
        assertEquals(firstPosted, logged.get(0).sentAt());
        assertFalse(Files.exists(folder.resolve(SendQueue.FILE)), "the queue is emptied once recorded");
        assertFalse(restarted.hasQueued());

        // a replay cut off after its commit, before the queue file was removed, runs again: nothing twice
        Files.move(copyOfQueue, folder.resolve(SendQueue.FILE), StandardCopyOption.REPLACE_EXISTING);
        assertEquals(2, sink().replay());
        assertEquals(2, logged().size());
        assertTrue(storage.verifier().verify(Optional.empty()).intact());
    }

    @Test
    void aConfirmAfterTheReplayConfirmsTheRecordedAlert() {
        QueueingAlertSink sink = sink();
        ComposeViewModel model = compose(sink);
        heterdaad(model, "Dorpsstraat");
        model.copy();

        storage.open();
        sink.replay();
        model.confirmSent();

        assertEquals(List.of(AlertStatus.SENT), logged().stream().map(Alert::status).toList());
        assertEquals(null, model.errorProperty().get());
    }

    @Test
    void withTheDatabaseOpenAndNothingQueuedItRecordsDirectly() {
        storage.open();
        ComposeViewModel model = compose(sink());
        heterdaad(model, "Dorpsstraat");

        model.copy();

        assertTrue(model.awaitingConfirmationProperty().get().id() > 0);
        assertEquals(1, logged().size());
        assertFalse(Files.exists(folder.resolve(SendQueue.FILE)));
    }

    @Test
    void eachServerHasItsOwnQueueSoACopyForOneIsNeverRecordedOnAnother() {
        SendQueue local = new SendQueue(folder);
        SendQueue unitServer = new SendQueue(folder, Optional.of("db.politie.local:5432/meldtafel"));
        SendQueue teamServer = new SendQueue(folder, Optional.of("db.politie.local:5432/team_noord"));
        unitServer.add(new nl.meldtafel.alert.NewAlert(nl.meldtafel.template.MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                "*HETERDAAD*\nInbraak.", null, nl.meldtafel.template.FollowUpPolicy.NONE, List.of()), jan, clock.instant());

        assertEquals(1, new SendQueue(folder, Optional.of("db.politie.local:5432/meldtafel")).entries().size());
        assertTrue(teamServer.isEmpty());
        assertTrue(local.isEmpty());
        assertEquals(folder, unitServer.file().getParent());
        assertEquals("send-queue-db.politie.local_5432_meldtafel.jsonl", unitServer.file().getFileName().toString());
    }

    @Test
    void aKeptClosingSurvivesARestartInTheOrderItWasGivenWithItsTypedReason() {
        QueueingAlertSink sink = sink();
        ComposeViewModel model = compose(sink);
        heterdaad(model, "Dorpsstraat");
        model.copy();
        clock.advance(Duration.ofMinutes(3));
        sink.queueClosing(41, nl.meldtafel.alert.CloseCategory.LOOS_ALARM, "Melder trok melding in \uD83D\uDE94", jan);

        List<SendQueue.Item> items = new SendQueue(folder).items(); // read as a restarted desk would
        assertEquals(2, items.size());
        assertTrue(items.get(0) instanceof SendQueue.Entry);
        assertEquals(new SendQueue.Closing(items.get(1).key(), 41, nl.meldtafel.alert.CloseCategory.LOOS_ALARM,
                "Melder trok melding in \uD83D\uDE94", jan, clock.instant()), items.get(1));
        assertEquals(2, sink().queued());
        assertEquals(1, sink().unconfirmed().size(), "a closing is no unconfirmed alert");
    }

    @Test
    void aKeptConfirmationSurvivesARestartWithWhoAndWhen() {
        clock.advance(Duration.ofMinutes(2));
        new SendQueue(folder).addConfirmation(57, jan, clock.instant());

        List<SendQueue.Item> items = new SendQueue(folder).items(); // read as a restarted desk would
        assertEquals(List.of(new SendQueue.Confirmation(items.get(0).key(), 57, jan, clock.instant())), items);
        assertTrue(sink().confirmationWaits(57));
        assertEquals(1, sink().queued());
    }

    @Test
    void anUnfinishedLastLineIsIgnored() throws Exception {
        ComposeViewModel model = compose(sink());
        String text = heterdaad(model, "Dorpsstraat");
        model.copy();
        Files.writeString(folder.resolve(SendQueue.FILE), "{\"type\":\"alert\",\"key\":\"half", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND); // killed while writing a second one, before its copy

        assertEquals(List.of(text), new SendQueue(folder).entries().stream().map(e -> e.alert().text()).toList());
    }

    private List<Alert> logged() {
        List<Alert> all = new ArrayList<>();
        for (AlertRow row : storage.alerts().search(AlertQuery.all()).items()) {
            all.add(0, storage.alertService().find(row.id()).orElseThrow());
        }
        return all;
    }

    private String queueFile() {
        try {
            Path file = folder.resolve(SendQueue.FILE);
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String json(String text) throws Exception {
        String quoted = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        return quoted.substring(1, quoted.length() - 1);
    }
}

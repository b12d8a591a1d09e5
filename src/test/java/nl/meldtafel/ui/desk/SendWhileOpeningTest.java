package nl.meldtafel.ui.desk;

import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.compose.DraftChanges;
import nl.meldtafel.ui.compose.DraftStore;
import nl.meldtafel.ui.compose.Drafts;
import nl.meldtafel.ui.compose.FormModel;
import nl.meldtafel.ui.compose.QueueingAlertSink;
import nl.meldtafel.ui.compose.SendQueue;
import nl.meldtafel.ui.compose.LogAlertSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sending never waits for the database: while it is still opening (a long integrity check after an
 * unclean shutdown), a heterdaad is copied at once, kept on disk, and recorded in the log as soon as
 * the database is open; the status bar says so meanwhile.
 */
class SendWhileOpeningTest {

    private static final TemplateCatalog CATALOG = TemplateSource.fromDirectory(Path.of("templates"));

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 32).atZone(MutableClock.AMSTERDAM).toInstant());
    private final List<String> clipboard = new ArrayList<>();
    private final List<Runnable> held = new ArrayList<>();

    /** The database's worker, held by the test: opening takes as long as the test wants. */
    private final TaskRunner slowDatabase = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            held.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
        }
    };

    @Test
    void aHeterdaadIsCopiedWhileTheDatabaseOpensAndRecordedOnceItIsOpen() throws Exception {
        Officer jan;
        try (Storage storage = Storage.open(folder, clock)) {
            jan = storage.officers().register("J. de Vries", "123456");
        }
        Storage log = Storage.at(folder, clock);
        DatabaseViewModel database = new DatabaseViewModel(slowDatabase, log, folder);
        QueueingAlertSink sink = new QueueingAlertSink(new LogAlertSink(log.alertService()), log, log.queuedSendService(),
                new SendQueue(folder), clock);
        database.queueWhileOpening(sink::replay);
        ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(clock), clock, sink, new NoDrafts(),
                TaskRunner.sameThread(), clipboard::add, url -> { });
        compose.onQueued(database::noteQueued);
        compose.setTemplates(CATALOG.templates());
        compose.officerProperty().set(jan);
        compose.unavailableProperty().bind(database.sendBlockProperty());
        database.open();
        assertEquals(DatabaseViewModel.State.OPENING, database.stateProperty().get());

        compose.select(CATALOG.find("heterdaad").orElseThrow());
        FormModel form = compose.formProperty().get();
        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
        assertTrue(compose.canSendProperty().get(), "copying is possible while the database opens");
        compose.copy();

        assertEquals(1, clipboard.size(), "copied at once");
        String text = clipboard.get(0);
        assertTrue(Files.readString(folder.resolve("send-queue.jsonl")).contains("Dorpsstraat"), "on disk before anything else");
        assertEquals("Database openen\u2026 gekopieerde berichten worden vastgelegd zodra die open is", database.statusProperty().get());
        compose.confirmSent(); // "Ja", still before the database is open

        held.remove(0).run(); // the database opens: the queue goes into the log first
        assertEquals(DatabaseViewModel.State.OK, database.stateProperty().get());
        assertEquals("Database ok; 1 gekopieerd bericht vastgelegd", database.statusProperty().get());
        Alert logged = log.alertService().find(1).orElseThrow();
        assertEquals(text, logged.text());
        assertEquals(AlertStatus.SENT, logged.status(), "the Ja given while opening counts");
        assertEquals(jan.id(), logged.officer().id());
        assertTrue(Files.notExists(folder.resolve("send-queue.jsonl")) || Files.readString(folder.resolve("send-queue.jsonl")).isBlank());
        assertNull(compose.errorProperty().get());
        database.close();
    }

    private static final class NoDrafts implements DraftStore {
        @Override
        public Drafts load(Officer officer) {
            return Drafts.NONE;
        }

        @Override
        public void save(Officer officer, DraftChanges changes) {
        }
    }
}

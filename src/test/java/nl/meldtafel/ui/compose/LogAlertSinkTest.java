package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.TemplateDefinition;
import java.util.function.Supplier;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compose cycle over the real log: what is recorded, when, and what happens when storage fails. */
class LogAlertSinkTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 32)
            .atZone(MutableClock.AMSTERDAM).toInstant());
    private final List<String> clipboard = new ArrayList<>();
    private Storage storage;
    private Officer jan;

    @BeforeEach
    void open() {
        storage = Storage.open(folder, clock);
        jan = storage.officers().register("Jan Jansen", "111111");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    /** The desk's sink over the real log; {@code failure} (null: none) is thrown instead when it gives one. */
    private ComposeViewModel compose(Supplier<RuntimeException> failure) {
        AlertSink log = new LogAlertSink(storage.alertService());
        AlertSink sink = new AlertSink() {
            @Override
            public long recordPending(TemplateDefinition template, FieldValues values, String text, Long parentId,
                                      Officer officer, List<Long> groupIds) {
                failIfAsked();
                return log.recordPending(template, values, text, parentId, officer, groupIds);
            }

            @Override
            public void confirmSent(long id, Officer officer) {
                failIfAsked();
                log.confirmSent(id, officer);
            }

            @Override
            public List<PendingAlert> unconfirmed() {
                return log.unconfirmed();
            }

            private void failIfAsked() {
                RuntimeException e = failure.get();
                if (e != null) {
                    throw e;
                }
            }
        };
        ComposeViewModel model = new ComposeViewModel(new MessageRenderer(clock), clock, sink,
                new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(), clipboard::add, url -> { });
        model.setTemplates(ComposeFixture.CATALOG.templates());
        model.officerProperty().set(jan);
        return model;
    }

    private ComposeViewModel compose() {
        return compose(() -> null);
    }

    private static FormModel heterdaad(ComposeViewModel model) {
        model.select(ComposeFixture.template("heterdaad"));
        FormModel form = model.formProperty().get();
        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
        return form;
    }

    @Test
    void copyRecordsThePendingAlertExactlyAndConfirmStartsTheFollowUpClock() {
        ComposeViewModel model = compose();
        FormModel form = heterdaad(model);
        String text = model.resultProperty().get().finalText().orElseThrow();

        model.copy();
        long id = model.awaitingConfirmationProperty().get().id();
        Alert pending = storage.alertService().find(id).orElseThrow();
        assertEquals(AlertStatus.PENDING, pending.status());
        assertEquals(text, pending.text());
        assertEquals(List.of(text), clipboard);
        assertEquals(MessageKind.HETERDAAD, pending.kind());
        assertEquals("heterdaad", pending.templateId());
        assertEquals(ComposeFixture.template("heterdaad").contentHash(), pending.templateHash());
        assertEquals(form.values(), FieldValues.fromJson(pending.valuesJson()));
        assertEquals(jan, pending.officer());
        assertNull(pending.parentId());

        model.confirmSent();
        Alert sent = storage.alertService().find(id).orElseThrow();
        assertEquals(AlertStatus.SENT, sent.status());
        assertEquals(clock.instant().plus(Duration.ofMinutes(60)), sent.dueAt());
    }

    @Test
    void pendingAlertsFromBeforeACrashAreUnconfirmedAtStart() {
        ComposeViewModel before = compose();
        heterdaad(before);
        before.copy();
        String text = before.awaitingConfirmationProperty().get().text();

        ComposeViewModel after = compose();
        after.loadUnconfirmed();

        assertEquals(1, after.unconfirmed().size());
        PendingAlert pending = after.unconfirmed().get(0);
        assertEquals(text, pending.text());
        assertEquals("Heterdaad", pending.title());
        after.confirm(pending);
        assertEquals(AlertStatus.SENT, storage.alertService().find(pending.id()).orElseThrow().status());
    }

    @Test
    void aFullDiskKeepsTheTextOnTheClipboardAndInTheForm() {
        ComposeViewModel model = compose(() -> new StorageException(StorageException.Reason.DISK_FULL, "Could not save alert: disk full"));
        FormModel form = heterdaad(model);
        String text = model.resultProperty().get().finalText().orElseThrow();

        model.copy();

        assertEquals("Opslaan mislukt: schijf vol. Uw tekst staat nog op het klembord en in het formulier.",
                model.errorProperty().get());
        assertEquals(List.of(text), clipboard, "the warning can still go out");
        assertEquals("Dorpsstraat", form.field("locatie").orElseThrow().textProperty().get());
        assertNull(model.awaitingConfirmationProperty().get());
        assertTrue(model.canSendProperty().get(), "it can be recorded again once there is room");
    }

    @Test
    void aFailedConfirmationKeepsTheQuestionOpen() {
        boolean[] broken = {false};
        ComposeViewModel model = compose(() -> broken[0] ? new StorageException(StorageException.Reason.LOCKED, "busy") : null);
        heterdaad(model);
        model.copy();
        broken[0] = true;

        model.confirmSent();

        assertTrue(model.errorProperty().get().startsWith("Bevestigen mislukt: de database is bezet door een ander programma."));
        assertTrue(model.awaitingConfirmationProperty().get() != null, "still asked, nothing lost");
        broken[0] = false;
        model.confirmSent();
        assertNull(model.awaitingConfirmationProperty().get());
    }

    @Test
    void aVervolgberichtIsLinkedAndRestartsTheOriginalsClock() {
        ComposeViewModel model = compose();
        heterdaad(model);
        model.copy();
        long original = model.awaitingConfirmationProperty().get().id();
        model.confirmSent();
        clock.advance(Duration.ofMinutes(20));

        FieldValues values = FieldValues.fromJson(storage.alertService().find(original).orElseThrow().valuesJson());
        assertTrue(model.openLinked("heterdaad", values, new ComposeViewModel.Link(original, "ons bericht van 14.32 uur")));
        assertEquals("Dorpsstraat", model.formProperty().get().field("locatie").orElseThrow().textProperty().get());
        model.copy();
        long update = model.awaitingConfirmationProperty().get().id();
        model.confirmSent();

        Alert updateAlert = storage.alertService().find(update).orElseThrow();
        assertEquals(original, updateAlert.parentId());
        assertFalse(updateAlert.isOpen(), "the update does not wait for an afloopbericht of its own");
        assertEquals(clock.instant().plus(Duration.ofMinutes(60)), storage.alertService().find(original).orElseThrow().dueAt());
        assertNull(model.linkProperty().get(), "the next message is a new one");
    }

    @Test
    void anAfloopberichtNeedsItsAlertAndClosesIt() {
        ComposeViewModel model = compose();
        heterdaad(model);
        model.copy();
        long original = model.awaitingConfirmationProperty().get().id();
        model.confirmSent();

        model.select(ComposeFixture.template("afloopbericht"));
        FormModel afloop = model.formProperty().get();
        afloop.field("referentie").orElseThrow().textProperty().set("ons bericht van 14.32 uur");
        afloop.field("uitkomst").orElseThrow().textProperty().set("Aangehouden");
        assertFalse(model.canSendProperty().get());
        assertTrue(model.sendHintProperty().get().contains("Opvolging"));

        model.openLinked("afloopbericht", FieldValues.builder().text("referentie", "ons bericht van 14.32 uur").build(),
                new ComposeViewModel.Link(original, "ons bericht van 14.32 uur"));
        model.formProperty().get().field("uitkomst").orElseThrow().textProperty().set("Aangehouden");
        assertTrue(model.canSendProperty().get());
        model.copy();
        model.confirmSent();

        assertEquals(AlertStatus.CLOSED, storage.alertService().find(original).orElseThrow().status());
        assertEquals(List.of(), storage.alertService().open(null));
    }
}

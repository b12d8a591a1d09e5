package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.template.MessageKind;
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
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The compose view model's target picker defaults and paste checklist, over a real database. */
class ComposeTargetsTest {

    @TempDir
    Path folder;
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 32)
            .atZone(MutableClock.AMSTERDAM).toInstant());
    private final List<String> clipboard = new ArrayList<>();
    private Storage storage;
    private ComposeViewModel model;
    private long noord;
    private long oost;
    private long west;
    private long elders;

    @BeforeEach
    void open() {
        storage = Storage.open(folder, clock);
        model = new ComposeViewModel(new MessageRenderer(clock), clock, new LogAlertSink(storage.alertService()),
                new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(), clipboard::add, url -> { });
        model.useTargets(new RegisterTargets(storage.targeting(), storage.pasteChecklist()));
        model.setTemplates(ComposeFixture.CATALOG.templates());
        Officer officer = storage.officers().register("J. de Vries", "123456");
        model.officerProperty().set(officer);
    }

    @Test
    void aRegisterThatCannotBeReadNeverBlocksCopying() {
        // the server went away: the groups cannot be read, the message still goes out
        model.useTargets(new Targets() {
            @Override
            public TargetOptions options() {
                throw unreachable();
            }

            @Override
            public TargetChoice defaultFor(MessageKind kind) {
                throw unreachable();
            }

            @Override
            public TargetChoice defaultForFollowUp(long originalAlertId) {
                throw unreachable();
            }

            @Override
            public Checklist checklist(long alertId) {
                throw unreachable();
            }

            @Override
            public Checklist tick(long alertId, long groupId, Officer officer) {
                throw unreachable();
            }
        });
        heterdaad();

        assertEquals("De beheerdersgroepen konden niet gelezen worden: de server is niet bereikbaar",
                model.errorProperty().get());
        assertTrue(model.canSendProperty().get(), "copying goes on without a chosen group");
        model.copy();
        assertEquals(1, clipboard.size());
        assertTrue(clipboard.get(0).contains("Dorpsstraat"));
    }

    @Test
    void theRegistersErrorGoesOnceTheRegisterIsReadAgain() {
        RegisterTargets register = new RegisterTargets(storage.targeting(), storage.pasteChecklist());
        boolean[] away = {true};
        model.useTargets(new Targets() {
            @Override
            public TargetOptions options() {
                if (away[0]) {
                    throw unreachable();
                }
                return register.options();
            }

            @Override
            public TargetChoice defaultFor(MessageKind kind) {
                if (away[0]) {
                    throw unreachable();
                }
                return register.defaultFor(kind);
            }

            @Override
            public TargetChoice defaultForFollowUp(long originalAlertId) {
                return register.defaultForFollowUp(originalAlertId);
            }

            @Override
            public Checklist checklist(long alertId) {
                return register.checklist(alertId);
            }

            @Override
            public Checklist tick(long alertId, long groupId, Officer officer) {
                return register.tick(alertId, groupId, officer);
            }
        });
        model.loadTargets();
        heterdaad();
        assertEquals("De beheerdersgroepen konden niet gelezen worden: de server is niet bereikbaar",
                model.errorProperty().get());

        away[0] = false; // the server is back
        open("vermissing");

        assertNull(model.errorProperty().get(), "no error about a register that was just read");
    }

    private static StorageException unreachable() {
        return new StorageException(StorageException.Reason.UNREACHABLE, "Could not reach server x");
    }

    private void register() {
        noord = storage.groupRegister().addGroup(new GroupInput("Centrum Noord", "Centrum", "Leiden", true, ""), null);
        oost = storage.groupRegister().addGroup(new GroupInput("Centrum Oost", "Centrum", "Leiden", true, ""), null);
        west = storage.groupRegister().addGroup(new GroupInput("Centrum West", "Centrum", "Leiden", true, ""), null);
        elders = storage.groupRegister().addGroup(new GroupInput("Merenwijk", "Merenwijk", "Leiden", true, ""), null);
        storage.groupRegister().addGroup(new GroupInput("Oud-Centrum", "Centrum", "Leiden", false, "opgeheven"), null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private void heterdaad() {
        FormModel form = open("heterdaad");
        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
    }

    private FormModel open(String id) {
        model.select(ComposeFixture.template(id));
        return model.formProperty().get();
    }

    private void chooseCentrum() {
        TargetPickerModel picker = new TargetPickerModel(model.targetOptionsProperty().get(), List.of());
        picker.setWijk("Leiden", "Centrum", true);
        model.chooseTargets(picker.chosenIds());
    }

    @Test
    void withAnEmptyRegisterTheDeskWorksAsBeforeWithoutGroups() {
        model.loadTargets();
        heterdaad();

        assertTrue(model.noRegisterProperty().get());
        assertTrue(model.canSendProperty().get());
        model.copy();
        assertNotNull(model.awaitingConfirmationProperty().get());
        assertNull(model.checklistProperty().get(), "the plain Ja/Later question");
        model.confirmSent();
        assertEquals(AlertStatus.SENT, storage.alertService().find(1).orElseThrow().status());
    }

    @Test
    void aWholeWijkIsChosenStoredWithTheAlertAndTickedOffOneByOne() {
        register();
        model.loadTargets();
        heterdaad();
        assertEquals("Naar: nog geen groep gekozen", model.targetSummaryProperty().get());
        chooseCentrum();
        assertEquals("Naar: wijk Centrum (3 groepen)", model.targetSummaryProperty().get(), "the inactive group is not offered");

        model.copy();
        assertEquals(List.of(noord, oost, west), storage.alertService().find(1).orElseThrow().groupIds());
        Checklist list = model.checklistProperty().get();
        assertEquals("Plak in: Centrum Noord", list.pasteInText().orElseThrow());
        assertEquals(AlertStatus.PENDING, storage.alertService().find(1).orElseThrow().status());
        assertEquals(1, clipboard.size());

        model.tickNext();
        assertEquals(AlertStatus.SENT, storage.alertService().find(1).orElseThrow().status(), "the first tick confirms");
        assertEquals("Vastgelegd om 14.32, afloopbericht verwacht om 15.32", model.recordedProperty().get());
        assertTrue(model.hasInput(), "the form shows what was sent while the checklist is open");
        assertTrue(model.drafts().forms().isEmpty(), "but it is no draft any more: a restart must not offer it again");
        assertEquals(Checklist.State.POSTED, model.checklistProperty().get().items().get(0).state());
        assertEquals(clock.instant(), model.checklistProperty().get().items().get(0).at());
        assertEquals("Plak in: Centrum Oost", model.checklistProperty().get().pasteInText().orElseThrow());

        clock.advance(Duration.ofMinutes(1));
        model.tick(west);
        assertEquals(List.of(Checklist.State.POSTED, Checklist.State.OPEN, Checklist.State.POSTED),
                model.checklistProperty().get().items().stream().map(Checklist.Item::state).toList());
        model.tick(oost);
        assertNull(model.checklistProperty().get(), "all ticked: the bar goes away");
        assertNull(model.awaitingConfirmationProperty().get());
        assertFalse(model.hasInput(), "and the form is free for the next message");
        assertTrue(storage.pasteChecklist().notYetPosted().isEmpty());
    }

    @Test
    void laterAfterATickLeavesTheRestForOpvolgingAndTheNextDefaultIsTheLastChoice() {
        register();
        model.loadTargets();
        heterdaad();
        chooseCentrum();
        model.copy();
        model.tickNext();
        model.later();

        assertNull(model.awaitingConfirmationProperty().get());
        assertTrue(model.unconfirmed().isEmpty(), "it was sent: nothing to confirm");
        assertEquals(List.of(oost, west), storage.pasteChecklist().notYetPosted().get(0).groups().stream()
                .map(g -> g.id()).toList());

        heterdaad();
        TargetChoice next = model.targetChoiceProperty().get();
        assertEquals(TargetChoice.Source.LAST_CHOICE, next.source());
        assertEquals(List.of(noord, oost, west), next.ids());
        open("vermissing");
        assertEquals(List.of(), model.targetChoiceProperty().get().ids(), "the last choice is per kind");
    }

    @Test
    void laterBeforeAnyTickKeepsTheAlertUnconfirmed() {
        register();
        model.loadTargets();
        heterdaad();
        chooseCentrum();
        model.copy();
        model.later();

        assertEquals(1, model.unconfirmed().size());
        assertEquals(AlertStatus.PENDING, storage.alertService().find(1).orElseThrow().status());
    }

    @Test
    void anAfloopberichtOrVervolgberichtDefaultsToTheGroupsOfItsOriginal() {
        register();
        model.loadTargets();
        heterdaad();
        chooseCentrum();
        model.copy();
        model.tickNext();
        model.tickNext();
        model.tickNext();
        // a later heterdaad elsewhere becomes the last choice; the afloop still follows its own original
        heterdaad();
        model.chooseTargets(List.of(elders));
        model.copy();
        model.tickNext();

        model.openLinked("afloopbericht", FieldValues.fromJson("{\"referentie\":\"ons bericht van 14.32 uur\"}"),
                new ComposeViewModel.Link(1, "ons bericht van 14.32 uur"));
        assertEquals(TargetChoice.Source.ORIGINAL, model.targetChoiceProperty().get().source());
        assertEquals("Naar: wijk Centrum (3 groepen)", model.targetSummaryProperty().get());
        model.formProperty().get().field("uitkomst").orElseThrow().textProperty().set("Verdachte aangehouden");
        model.copy();
        Alert afloop = storage.alertService().find(3).orElseThrow();
        assertEquals(MessageKind.AFLOOPBERICHT, afloop.kind());
        assertEquals(List.of(noord, oost, west), afloop.groupIds());

        model.later();
        model.openLinked("heterdaad", FieldValues.fromJson("{\"locatie\":\"Dorpsstraat\"}"), new ComposeViewModel.Link(2, "x"));
        assertEquals(List.of(elders), model.targetChoiceProperty().get().ids(), "a vervolgbericht too");
    }

    @Test
    void thePickerSelectsWholeAreasOrSingleGroupsInRegisterOrder() {
        register();
        TargetPickerModel picker = new TargetPickerModel(storage.targeting().options(), List.of(west));
        assertEquals(TargetPickerModel.Mark.SOME, picker.wijk("Leiden", "Centrum"));
        assertEquals(TargetPickerModel.Mark.SOME, picker.gemeente("Leiden"));

        picker.setGroup(elders, true);
        picker.setGroup(noord, true);
        assertEquals(List.of(noord, west, elders), picker.chosenIds());
        picker.setGemeente("Leiden", true);
        assertEquals(TargetPickerModel.Mark.ALL, picker.gemeente("Leiden"));
        assertEquals("4 groepen gekozen", picker.countText());
        assertEquals("Naar: gemeente Leiden (4 groepen)", TargetPickerModel.summary(picker.options(),
                picker.options().groups()));
        picker.setWijk("Leiden", "Centrum", false);
        assertEquals(TargetPickerModel.Mark.NONE, picker.wijk("Leiden", "Centrum"));
        assertEquals(List.of(elders), picker.chosenIds());
        assertEquals("Naar: Merenwijk", TargetPickerModel.summary(picker.options(),
                picker.options().groups().stream().filter(g -> g.id() == elders).toList()));
    }
}

package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComposeViewModelTest {

    private final ComposeFixture fixture = new ComposeFixture();
    private final ComposeViewModel model = fixture.model;

    private FormModel heterdaad() {
        FormModel form = fixture.open("heterdaad");
        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
        return form;
    }

    /** A vermissing with the name, which needs the family's consent. */
    private static void namedVermissing(ComposeFixture in) {
        FormModel form = in.open("vermissing");
        form.field("toestemming").orElseThrow().checkedProperty().set(true);
        form.field("naam").orElseThrow().textProperty().set("Kees van Dijk");
    }

    @Test
    void timeDefaultsToNowFromTheClock() {
        FormModel form = fixture.open("heterdaad");
        assertEquals("14.32", form.field("tijd").orElseThrow().textProperty().get());
    }

    @Test
    void valuesHaveTheRenderCommandShape() {
        FormModel form = heterdaad();
        GroupModel suspects = form.group("verdachten").orElseThrow();
        suspects.add();
        suspects.entries().get(0).field("geslacht").orElseThrow().textProperty().set("man");
        suspects.entries().get(0).field("leeftijd").orElseThrow().textProperty().set("20");

        FieldValues expected = FieldValues.fromJson("{\"delict\":\"Woninginbraak\",\"tijd\":\"14.32\",\"locatie\":\"Dorpsstraat\","
                + "\"verdachten\":[{\"geslacht\":\"man\",\"leeftijd\":\"20\"}],\"wapen\":false}");
        assertEquals(expected, form.values());
    }

    @Test
    void copyIsDisabledUntilTheMessageIsComplete() {
        FormModel form = fixture.open("heterdaad");
        assertFalse(model.canSendProperty().get());
        assertTrue(model.problems().stream().anyMatch(p -> p.startsWith("Delict")));

        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        assertFalse(model.canSendProperty().get());
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
        assertTrue(model.canSendProperty().get());
        assertEquals(List.of(), model.problems());
    }

    @Test
    void previewFollowsEveryChange() {
        FormModel form = heterdaad();
        assertTrue(model.resultProperty().get().preview().contains("*Woninginbraak – Dorpsstraat (14.32 uur)*"));
        form.field("plaats").orElseThrow().textProperty().set("Leiden-Zuid");
        assertTrue(model.resultProperty().get().preview().contains("Dorpsstraat, Leiden-Zuid (14.32 uur)*"));
        assertTrue(model.characterCountProperty().get().endsWith(" tekens"));
    }

    @Test
    void requiredEmptyFieldIsMarkedMissing() {
        FormModel form = fixture.open("heterdaad");
        FieldModel locatie = form.field("locatie").orElseThrow();
        assertTrue(locatie.missingProperty().get());
        locatie.textProperty().set("Dorpsstraat");
        assertFalse(locatie.missingProperty().get());
    }

    @Test
    void badValueProblemLandsOnItsField() {
        FormModel form = heterdaad();
        form.field("tijd").orElseThrow().textProperty().set("straks");
        assertTrue(form.field("tijd").orElseThrow().problemProperty().get().contains("geen tijd"));
        assertFalse(model.canSendProperty().get());
    }

    @Test
    void nameIsEnabledOnlyWithConsent() {
        FormModel form = fixture.open("vermissing");
        FieldModel naam = form.field("naam").orElseThrow();
        assertFalse(naam.enabledProperty().get());

        naam.textProperty().set("Jan");
        assertFalse(form.values().has("naam"), "no consent, so the name never reaches the message");

        form.field("toestemming").orElseThrow().checkedProperty().set(true);
        assertTrue(naam.enabledProperty().get());
        assertEquals("Jan", form.values().text("naam"));
    }

    @Test
    void plateIsNormalisedOnLeavingTheField() {
        FormModel form = fixture.open("heterdaad");
        GroupModel vehicle = form.group("voertuig").orElseThrow();
        vehicle.add();
        FieldModel plate = vehicle.entries().get(0).field("kenteken").orElseThrow();
        plate.textProperty().set("d123bc");
        plate.normalise();
        assertEquals("D-123-BC", plate.textProperty().get());
    }

    @Test
    void groupRespectsMaxEntries() {
        GroupModel vehicle = fixture.open("heterdaad").group("voertuig").orElseThrow();
        vehicle.add();
        assertFalse(vehicle.canAddProperty().get());
        vehicle.add();
        assertEquals(1, vehicle.entries().size());
        vehicle.remove(vehicle.entries().get(0));
        assertTrue(vehicle.canAddProperty().get());
    }

    @Test
    void timeButtonsSetNowAndGoBackFiveMinutes() {
        FieldModel time = fixture.open("heterdaad").field("tijd").orElseThrow();
        time.textProperty().set("10.02");
        time.minusFiveMinutes();
        assertEquals("09.57", time.textProperty().get());
        time.setNow();
        assertEquals("14.32", time.textProperty().get());
    }

    @Test
    void copyPutsFinalTextOnClipboardAndRecordsItPending() {
        heterdaad();
        String text = model.resultProperty().get().finalText().orElseThrow();
        model.copy();

        assertEquals(List.of(text), fixture.clipboard);
        assertEquals(1, model.awaitingConfirmationProperty().get().id());
        assertFalse(fixture.sink.recorded().get(0).confirmed());
        assertFalse(model.canSendProperty().get(), "no second copy while the question is open");
    }

    @Test
    void confirmingClearsTheFormAndAnnouncesTheFollowUpTime() {
        FormModel form = heterdaad();
        model.copy();
        model.confirmSent();

        assertTrue(fixture.sink.recorded().get(0).confirmed());
        assertNull(model.awaitingConfirmationProperty().get());
        assertEquals("", form.field("delict").orElseThrow().textProperty().get());
        assertEquals("Vastgelegd om 14.32, afloopbericht verwacht om 15.32", model.recordedProperty().get());
        assertEquals(Map.of(), fixture.drafts.saved().forms(), "the sent message is gone from the drafts at once");
    }

    @Test
    void failedRecordingIsShownAndNothingAwaitsConfirmation() {
        ComposeViewModel failing = new ComposeViewModel(new MessageRenderer(ComposeFixture.CLOCK),
                ComposeFixture.CLOCK, new AlertSink() {
                    @Override
                    public long recordPending(TemplateDefinition t, FieldValues v, String text, Long parentId, Officer officer,
                                              java.util.List<Long> groupIds) {
                        throw new nl.meldtafel.store.StorageException(nl.meldtafel.store.StorageException.Reason.DISK_FULL,
                                "Could not record the alert: disk is full");
                    }

                    @Override
                    public void confirmSent(long id, Officer officer) {
                    }

                    @Override
                    public List<PendingAlert> unconfirmed() {
                        return List.of();
                    }
                }, fixture.drafts, TaskRunner.sameThread(), fixture.clipboard::add, fixture.browser::add);
        failing.setTemplates(ComposeFixture.CATALOG.templates());
        failing.officerProperty().set(ComposeFixture.OFFICER);
        failing.select(ComposeFixture.template("heterdaad"));
        FormModel form = failing.formProperty().get();
        form.field("delict").orElseThrow().textProperty().set("Overval");
        form.field("locatie").orElseThrow().textProperty().set("Kerkplein");

        failing.copy();

        assertNull(failing.awaitingConfirmationProperty().get());
        assertTrue(failing.errorProperty().get().contains("schijf vol"));
        assertTrue(failing.canSendProperty().get(), "the officer can try again");
    }

    @Test
    void laterKeepsTheMessageUnconfirmedInTheList() {
        heterdaad();
        model.copy();
        model.later();

        assertEquals(1, model.unconfirmed().size());
        assertTrue(fixture.sink.unconfirmed().size() == 1 && !fixture.sink.recorded().get(0).confirmed());

        model.confirm(model.unconfirmed().get(0));
        assertEquals(List.of(), model.unconfirmed());
        assertTrue(fixture.sink.recorded().get(0).confirmed());
    }

    @Test
    void whatsAppWebGetsTheEncodedText() {
        heterdaad();
        model.openInWhatsApp();
        String url = fixture.browser.get(0);
        assertTrue(url.startsWith("https://web.whatsapp.com/send?text=*Politiebericht%20%E2%80%93%20Kijk%20uit*"), url);
        assertFalse(url.contains("+"));
        assertTrue(model.awaitingConfirmationProperty().get() != null);
    }

    @Test
    void clearingAsksOnlyWhenSomethingWasTyped() {
        FormModel form = fixture.open("heterdaad");
        assertFalse(model.hasInput(), "the automatic time alone is not input");
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
        assertTrue(model.hasInput());

        model.clear();
        assertFalse(model.hasInput());
        assertEquals("", form.field("locatie").orElseThrow().textProperty().get());
        assertEquals("14.32", form.field("tijd").orElseThrow().textProperty().get());
    }

    @Test
    void switchingTemplatesKeepsEachForm() {
        heterdaad();
        fixture.open("vermissing");
        assertEquals("Dorpsstraat", fixture.open("heterdaad").field("locatie").orElseThrow().textProperty().get());
    }

    @Test
    void draftsAreSavedOnlyWhenChangedAndRestored() {
        heterdaad();
        model.saveDrafts();
        model.saveDrafts();
        assertEquals(1, fixture.drafts.saves);
        assertEquals("heterdaad", fixture.drafts.saved().selectedTemplate());

        ComposeFixture next = new ComposeFixture();
        fixture.drafts.copyInto(next.drafts);
        next.model.loadDrafts();
        FormModel restored = next.model.formProperty().get();
        assertEquals("Dorpsstraat", restored.field("locatie").orElseThrow().textProperty().get());
        assertEquals(Map.of("heterdaad", restored.values()), next.model.drafts().forms());
    }

    @Test
    void withoutDraftsTheFirstTemplateOpens() {
        model.loadDrafts();
        assertEquals("heterdaad", model.formProperty().get().template().id());
    }

    @Test
    void aLinkedDraftIsRestoredWithItsLink() {
        model.openLinked("afloopbericht", FieldValues.fromJson("{\"referentie\":\"ons bericht van 14.32 uur\"}"),
                new ComposeViewModel.Link(7, "ons bericht van 14.32 uur"));
        model.saveDrafts();

        ComposeFixture next = new ComposeFixture();
        fixture.drafts.copyInto(next.drafts);
        next.model.loadDrafts();

        assertEquals("afloopbericht", next.model.formProperty().get().template().id());
        assertEquals(new ComposeViewModel.Link(7, "ons bericht van 14.32 uur"), next.model.linkProperty().get());
    }

    @Test
    void unlinkingMakesANewMessageThatIsSavedSo() {
        model.openLinked("heterdaad", FieldValues.fromJson("{\"locatie\":\"Dorpsstraat\"}"), new ComposeViewModel.Link(7, "x"));
        model.saveDrafts();
        model.unlink();
        model.saveDrafts();

        assertNull(model.linkProperty().get());
        assertEquals(Map.of(), fixture.drafts.saved().links());
    }

    @Test
    void onlyTheFormsTypedInAreSavedSoAnUntouchedDraftKeepsItsAge() {
        heterdaad();
        model.saveDrafts();
        namedVermissing(fixture);
        model.saveDrafts();

        assertEquals(java.util.Set.of("vermissing"), fixture.drafts.lastSaved.forms().keySet(),
                "the heterdaad was not touched again: its save time must stay, or retention never sees it as old");
        assertEquals(java.util.Set.of("vermissing", "heterdaad"), fixture.drafts.saved().forms().keySet());
    }

    @Test
    void aFailedSaveKeepsTheTextSaysSoAndIsTriedAgain() {
        FormModel form = heterdaad();
        fixture.drafts.failNextSave = new nl.meldtafel.store.StorageUnavailableException();
        model.saveDrafts();

        assertEquals("Concept niet bewaard: de database is niet geopend. De tekst staat nog in het formulier; "
                + "het wordt opnieuw geprobeerd.", model.draftProblemProperty().get());
        assertEquals("Dorpsstraat", form.field("locatie").orElseThrow().textProperty().get());
        assertTrue(model.hasUnsavedDrafts());

        model.saveDrafts(); // the next periodic save, nothing typed in between
        assertEquals(Map.of("heterdaad", form.values()), fixture.drafts.saved().forms());
        assertNull(model.draftProblemProperty().get());
        assertFalse(model.hasUnsavedDrafts());
    }

    @Test
    void closingWaitsForTheDraftsAndWhenTheyCannotBeSavedOnlyASecondCloseLosesThem() {
        heterdaad();
        List<String> closed = new java.util.ArrayList<>();
        fixture.drafts.failNextSave = new IllegalStateException("disk I/O error");
        model.closeWhenSaved(() -> closed.add("closed"));

        assertEquals(List.of(), closed, "the window stays open: the text is only in the form");
        assertTrue(model.draftProblemProperty().get().endsWith(
                "Sluit het venster nogmaals om toch te stoppen; de getypte tekst gaat dan verloren."), model.draftProblemProperty().get());
        model.closeWhenSaved(() -> closed.add("closed"));
        assertEquals(List.of("closed"), closed, "told once, the officer decides");

        ComposeFixture saved = new ComposeFixture();
        saved.open("heterdaad").field("locatie").orElseThrow().textProperty().set("Kerkplein");
        List<String> closedAfterSave = new java.util.ArrayList<>();
        saved.model.closeWhenSaved(() -> closedAfterSave.add("closed"));
        assertEquals(List.of("closed"), closedAfterSave);
        assertEquals("Kerkplein", saved.drafts.saved().forms().get("heterdaad").text("locatie"));
    }

    @Test
    void whatIsTypedBeforeTheDraftsAreReadIsKeptOverTheStoredForm() {
        ComposeFixture before = new ComposeFixture();
        before.open("heterdaad").field("locatie").orElseThrow().textProperty().set("Dorpsstraat");
        namedVermissing(before);
        before.model.saveDrafts();

        ComposeFixture next = new ComposeFixture();
        before.drafts.copyInto(next.drafts);
        FormModel typing = next.open("heterdaad"); // the desk opened before the database
        typing.field("locatie").orElseThrow().textProperty().set("Stationsplein");
        next.model.loadDrafts();

        assertEquals("Stationsplein", typing.field("locatie").orElseThrow().textProperty().get());
        assertEquals("heterdaad", next.model.formProperty().get().template().id(), "the form being typed in stays open");
        assertEquals("Kees van Dijk", next.open("vermissing").field("naam").orElseThrow().textProperty().get());
    }

    @Test
    void anotherOfficerGetsTheirOwnDraftsOnceTheLeavingOfficersAreSaved() {
        namedVermissing(fixture);
        model.loadDrafts();
        Officer piet = new Officer(2, "P. Jansen", "654321");

        model.officerProperty().set(piet);

        assertEquals("", fixture.open("vermissing").field("naam").orElseThrow().textProperty().get());
        assertEquals("Kees van Dijk", fixture.drafts.saved().forms().get("vermissing").text("naam"), "saved for who typed it");
        model.officerProperty().set(ComposeFixture.OFFICER);
        assertEquals("Kees van Dijk", fixture.open("vermissing").field("naam").orElseThrow().textProperty().get());
    }

    @Test
    void whenTheLeavingOfficersDraftsCannotBeSavedNothingIsEmptied() {
        namedVermissing(fixture);
        model.loadDrafts();
        fixture.drafts.failNextSave = new IllegalStateException("disk full");

        model.officerProperty().set(new Officer(2, "P. Jansen", "654321"));

        assertEquals("Kees van Dijk", fixture.open("vermissing").field("naam").orElseThrow().textProperty().get());
        assertTrue(model.draftProblemProperty().get().startsWith("Concepten van J. de Vries niet bewaard"),
                model.draftProblemProperty().get());
    }

    @Test
    void theFormTypedInLastOpensAgainEvenWhenTheFirstTemplateHasADraftToo() {
        heterdaad();
        model.saveDrafts();
        namedVermissing(fixture);
        model.saveDrafts();

        ComposeFixture next = new ComposeFixture();
        fixture.drafts.copyInto(next.drafts);
        next.model.loadDrafts();

        assertEquals("vermissing", next.model.formProperty().get().template().id());
        assertEquals("Dorpsstraat", next.open("heterdaad").field("locatie").orElseThrow().textProperty().get());
    }

    @Test
    void aMessageAwaitingConfirmationAtAnOfficerChangeIsNoDraftAndTheNewOfficersOwnFormWaitsForIt() {
        Officer piet = new Officer(2, "P. Jansen", "654321");
        fixture.drafts.save(piet, new DraftChanges(Map.of("heterdaad", FieldValues.fromJson("{\"locatie\":\"Kerkplein\"}")),
                Map.of(), java.util.Set.of()));
        model.loadDrafts();
        FormModel form = heterdaad();
        model.saveDrafts();
        model.copy();

        model.officerProperty().set(piet);

        assertEquals("Dorpsstraat", form.field("locatie").orElseThrow().textProperty().get(), "the copied message stays on screen");
        assertTrue(fixture.drafts.saved().forms().isEmpty(), "it is in the log, not a draft of J. de Vries any more");
        model.confirmSent();
        assertEquals("Kerkplein", form.field("locatie").orElseThrow().textProperty().get(), "then P. Jansen's own draft");
        assertEquals("Kerkplein", fixture.drafts.load(piet).forms().get("heterdaad").text("locatie"), "and it is still stored");
    }
}

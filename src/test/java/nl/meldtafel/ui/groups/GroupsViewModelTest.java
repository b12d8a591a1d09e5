package nl.meldtafel.ui.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsViewModelTest {

    @TempDir
    Path dir;
    private FakeServices services;
    private GroupRegister register;
    private GroupsViewModel model;
    private long merenwijk;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:32:00Z"));
    private final ObjectProperty<Officer> atDesk = new SimpleObjectProperty<>();

    @BeforeEach
    void open() {
        services = new FakeServices(clock);
        register = services.register;
        merenwijk = register.addGroup(new GroupInput("Beheerders Merenwijk", "Merenwijk", "Leiden", true, ""), null);
        atDesk.set(services.officers.register("A. Bakker", "111111"));
        model = new GroupsViewModel(register, TaskRunner.sameThread(), clock, atDesk);
        model.load();
        model.select(merenwijk);
    }

    private static boolean save(GroupsViewModel model, EditForm form) {
        List<Boolean> saved = new ArrayList<>();
        model.save(form, () -> saved.add(true));
        return !saved.isEmpty();
    }

    @Test
    void aNewGroupNeedsANameAndADuplicateIsRefusedInDutch() {
        EditForm form = model.newGroupForm();
        assertFalse(save(model, form));
        assertEquals("Vul de naam in, precies zoals de groep op de teamtelefoon heet.", form.problemProperty().get());

        form.set("groupName", "beheerders merenwijk");
        form.set("groupGemeente", "Leiden");
        assertFalse(save(model, form));
        assertEquals("Er is al een groep 'beheerders merenwijk' in gemeente Leiden", form.problemProperty().get());

        form.set("groupName", "Beheerders Stevenshof");
        assertTrue(save(model, form));
        assertEquals(2, model.items().size());
        assertEquals("Beheerders Stevenshof", model.detailProperty().get().group().name());
    }

    @Test
    void anAdministratorNeedsSomethingToReachThemByAndARecognisablePhone() {
        assertTrue(save(model, withName(model.newNeighbourhoodForm(), "neighbourhoodName", "Merenwijk (Vondellaan)")));
        NeighbourhoodGroup buurt = model.detailProperty().get().neighbourhoodGroups().get(0);
        EditForm person = model.newAdministratorForm(buurt);

        assertFalse(save(model, person));
        assertEquals("Vul minstens een naam, telefoonnummer of e-mailadres in.", person.problemProperty().get());
        person.set("adminName", "Kees de Boer");
        person.set("adminPhone", "bel mij");
        assertFalse(save(model, person));
        assertTrue(person.problemProperty().get().startsWith("Telefoonnummer „bel mij“ niet herkend"), person.problemProperty().get());
        person.set("adminPhone", "0612345678");
        person.set("adminEmail", "kees@");
        assertFalse(save(model, person));
        assertTrue(person.problemProperty().get().startsWith("E-mailadres „kees@“"), person.problemProperty().get());
        person.set("adminEmail", "kees@example.org");

        assertTrue(save(model, person));
        var admin = model.detailProperty().get().neighbourhoodGroups().get(0).administrators().get(0);
        assertEquals("06-12345678", admin.phone());
        assertEquals(1, model.items().get(0).administrators());
    }

    @Test
    void aBrokenEmojiIsRefusedByNameNotStoredAsAQuestionMark() {
        EditForm form = model.editGroupForm();
        form.set("groupNotes", "sleutel bij \uD83D buurman");

        assertFalse(save(model, form));
        assertTrue(form.problemProperty().get().contains("Notities"), form.problemProperty().get());
        assertEquals("", register.detail(merenwijk).group().notes());
    }

    @Test
    void aGroupChangedAtAnotherDeskMeanwhileKeepsWhatWasTypedSaysWhoAndWhenAndReloads() {
        EditForm form = model.editGroupForm();
        form.set("groupName", "Beheerders Merenwijk-Noord");
        form.set("groupNotes", "sleutel bij balie");
        clock.advance(Duration.ofMinutes(3));
        Actor piet = new Actor(services.officers.register("Piet de Boer", "654321"), "desk 2");
        register.updateGroup(merenwijk, 1, new GroupInput("Beheerders Meerwijk", "Merenwijk", "Leiden", true, "via de wijkagent"), piet);

        assertFalse(save(model, form), "the dialog stays open");

        assertEquals("Deze groep is intussen gewijzigd door Piet de Boer (14.35). Uw wijzigingen staan nog in het formulier; "
                + "laad opnieuw om de nieuwe versie te zien.", form.problemProperty().get());
        assertEquals("Beheerders Merenwijk-Noord", form.text("groupName"), "what was typed is kept");
        assertEquals("sleutel bij balie", form.text("groupNotes"));
        assertTrue(form.changedMeanwhileProperty().get(), "reload is offered");
        assertEquals("Beheerders Meerwijk", register.detail(merenwijk).group().name(), "Piet's change stands");
        assertEquals("Beheerders Meerwijk", model.detailProperty().get().group().name(), "the detail behind shows it");

        model.reloadForm(form);

        assertEquals("Beheerders Meerwijk", form.text("groupName"));
        assertEquals("via de wijkagent", form.text("groupNotes"));
        assertFalse(form.changedMeanwhileProperty().get());
        form.set("groupNotes", "via de wijkagent; sleutel bij balie");
        assertTrue(save(model, form), "based on the new version it saves");
        assertEquals("via de wijkagent; sleutel bij balie", register.detail(merenwijk).group().notes());
    }

    @Test
    void withoutAnOfficerAtTheDeskAnEditIsNotSavedAndKeepsWhatWasTyped() {
        atDesk.set(null);
        EditForm form = model.editGroupForm();
        form.set("groupName", "Beheerders Merenwijk-Noord");

        assertFalse(save(model, form));

        assertTrue(form.problemProperty().get().startsWith("Kies eerst wie er aan de meldtafel zit"), form.problemProperty().get());
        assertEquals("Beheerders Merenwijk-Noord", form.text("groupName"));
        assertEquals("Beheerders Merenwijk", register.detail(merenwijk).group().name());
    }

    @Test
    void deactivatingAGroupChangedMeanwhileIsRefusedAndShowsTheNewVersion() {
        Actor piet = new Actor(services.officers.register("Piet de Boer", "654321"), "desk 2");
        register.updateGroup(merenwijk, 1, new GroupInput("Beheerders Meerwijk", "Merenwijk", "Leiden", true, ""), piet);

        model.setActive(false);

        assertTrue(model.errorProperty().get().startsWith("Deze groep is intussen gewijzigd door Piet de Boer (14.32)"),
                model.errorProperty().get());
        assertTrue(register.detail(merenwijk).group().active());
        assertEquals("Beheerders Meerwijk", model.detailProperty().get().group().name());
    }

    @Test
    void deactivatingKeepsTheGroupShownAndTakesItOffTheActiveList() {
        model.setActive(false);

        assertTrue(model.items().isEmpty());
        assertFalse(model.detailProperty().get().group().active());
        assertEquals("Geen actieve groepen. Vink „Inactieve groepen tonen“ aan om ook de inactieve te zien.",
                model.placeholderProperty().get());
        model.showInactiveProperty().set(true);
        assertEquals(1, model.items().size());
        model.setActive(true);
        assertTrue(register.detail(merenwijk).group().active());
    }

    @Test
    void alertsReceivedArePagedNewestFirstAndMakeTheGroupUndeletable() {
        assertTrue(model.canDeleteProperty().get());
        Actor jan = new Actor(services.officers.register("J. de Vries", "123456"), "desk");
        for (int i = 0; i < 60; i++) {
            long id = services.alerts.recordPending(new NewAlert(MessageKind.WAARSCHUWING, "waarschuwing", "h", "{}",
                    "Waarschuwing " + i, null, FollowUpPolicy.NONE, List.of(merenwijk)), jan);
            services.alerts.confirmSent(id, List.of(merenwijk), jan);
        }

        model.select(merenwijk);

        assertFalse(model.canDeleteProperty().get());
        assertEquals("Waarschuwing 59", model.alerts().get(0).summary());
        assertEquals("Waarschuwing", model.alerts().get(0).kind());
        assertEquals("23-11-2026 14.32", model.alerts().get(0).time());
        assertTrue(model.alertsHaveMoreProperty().get());
        model.loadMoreAlerts();
        assertEquals(60, model.alerts().size());
        assertEquals("Waarschuwing 0", model.alerts().get(59).summary());
        assertFalse(model.alertsHaveMoreProperty().get());

        model.delete();
        assertTrue(model.errorProperty().get().contains("zet hem op inactief"), model.errorProperty().get());
        assertEquals(1, register.search("", true).size());
    }

    @Test
    void aGroupWithoutAlertsIsDeleted() {
        model.delete();

        assertTrue(model.items().isEmpty());
        assertEquals(null, model.detailProperty().get());
        assertTrue(model.registerEmptyProperty().get());
        assertTrue(model.placeholderProperty().get().startsWith("Het register is nog leeg."));
    }

    @Test
    void exportWritesTheRegisterAndWarnsThatItHoldsContactDetails() throws Exception {
        assertTrue(save(model, withName(model.newNeighbourhoodForm(), "neighbourhoodName", "Merenwijk (Vondellaan)")));
        EditForm person = model.newAdministratorForm(model.detailProperty().get().neighbourhoodGroups().get(0));
        person.set("adminName", "Zoë Brandsma");
        person.set("adminPhone", "06 87654321");
        assertTrue(save(model, person));
        Path file = dir.resolve("register.csv");

        model.exportTo(file);

        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFBeheerdersgroep;"), csv);
        assertTrue(csv.contains("Zoë Brandsma") && csv.contains("06-87654321"), csv);
        assertTrue(model.noticeProperty().get().contains("telefoonnummers en e-mailadressen"), model.noticeProperty().get());
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhere() {
        Path file = dir.resolve("geen-map").resolve("register.csv");

        model.exportTo(file);

        assertTrue(model.errorProperty().get().startsWith("Exporteren naar " + file), model.errorProperty().get());
    }

    @Test
    void anImportOfAChangedRegisterWritesNothingAndSaysToReadAgain() throws Exception {
        Path csv = Files.writeString(dir.resolve("leiden.csv"), GroupsViewUiTest.MUNICIPAL_CSV, StandardCharsets.UTF_8);
        ImportViewModel importer = model.importer();
        importer.read(csv);
        assertTrue(importer.canImportProperty().get());
        assertTrue(importer.problems().contains("regel 4: overgeslagen: groepsnaam ontbreekt"), importer.problems().toString());
        register.addGroup(new GroupInput("Beheerders Stevenshof", "Stevenshof", "Leiden", true, ""), null);
        List<Boolean> closed = new ArrayList<>();

        importer.confirm(() -> closed.add(true));

        assertTrue(closed.isEmpty());
        assertEquals("Het register is gewijzigd sinds het voorbeeld; lees het bestand opnieuw in", importer.errorProperty().get());
        assertEquals(2, register.search("", true).size());
        importer.reread();
        importer.confirm(() -> closed.add(true));
        assertEquals(List.of(true), closed);
        assertFalse(importer.canImportProperty().get(), "imported once, not twice");
        assertTrue(model.noticeProperty().get().startsWith("Ingelezen: 3 nieuw"), model.noticeProperty().get());
    }

    @Test
    void everyFormBuildsWithItsDutchLabels() {
        assertTrue(save(model, withName(model.newNeighbourhoodForm(), "neighbourhoodName", "Merenwijk (Vondellaan)")));
        NeighbourhoodGroup buurt = model.detailProperty().get().neighbourhoodGroups().get(0);
        EditForm person = model.newAdministratorForm(buurt);
        person.set("adminName", "Kees");
        assertTrue(save(model, person));
        var admin = model.detailProperty().get().neighbourhoodGroups().get(0).administrators().get(0);

        for (EditForm form : List.of(model.newGroupForm(), model.editGroupForm(), model.newNeighbourhoodForm(),
                model.editNeighbourhoodForm(buurt), model.newAdministratorForm(buurt), model.editAdministratorForm(admin))) {
            assertFalse(form.title().isBlank());
            assertFalse(form.explanation().isBlank());
            form.fields().forEach(f -> assertFalse(f.label().isBlank()));
        }
        assertEquals("Merenwijk (Vondellaan)", model.editNeighbourhoodForm(buurt).text("neighbourhoodName"));
        assertEquals("Kees", model.editAdministratorForm(admin).text("adminName"));
    }

    @Test
    void editingANeighbourhoodGroupKeepsTheMunicipalitysNumberUnlessItMovesToAnotherGemeente() {
        register.applyImport(register.previewImport(("Groepsnummer;Groepsnaam;Wijk;Gemeente;Beheerder\n"
                + "17;Merenwijk (Vondellaan);Merenwijk;Leiden;Piet\n").getBytes(StandardCharsets.UTF_8), ""), null);
        model.select(merenwijk);

        assertTrue(save(model, withName(model.editNeighbourhoodForm(model.detailProperty().get().neighbourhoodGroups().get(0)),
                "neighbourhoodName", "Merenwijk (Vondellaan en Lorentzkade)")));
        NeighbourhoodGroup edited = model.detailProperty().get().neighbourhoodGroups().get(0);
        assertEquals("Merenwijk (Vondellaan en Lorentzkade)", edited.name());
        assertEquals("17", edited.sourceKey(), "the next file still recognises it by its number");

        assertTrue(save(model, withName(model.editNeighbourhoodForm(edited), "neighbourhoodGemeente", "Oegstgeest")));
        assertEquals("", model.detailProperty().get().neighbourhoodGroups().get(0).sourceKey(), "numbers are per gemeente");
    }

    private static EditForm withName(EditForm form, String field, String value) {
        form.set(field, value);
        return form;
    }
}

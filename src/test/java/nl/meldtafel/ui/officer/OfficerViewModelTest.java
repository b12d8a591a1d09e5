package nl.meldtafel.ui.officer;

import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.fake.FakeOfficerService;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.settings.LastOfficer;
import nl.meldtafel.settings.SettingsFile;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OfficerViewModelTest {

    @TempDir
    Path folder;
    private final FakeOfficerService officers = new FakeOfficerService();
    private SettingsSaver settings;
    private OfficerViewModel model;

    /** The officers of a stored log that is not open (still opening, or failed to): what the desk has then. */
    private OfficerService notOpen() {
        return Storage.at(folder.resolve("not-open"), new MutableClock(Instant.parse("2026-11-23T13:32:00Z"))).officers();
    }

    @BeforeEach
    void open() {
        settings = SettingsSaver.open(folder);
        model = new OfficerViewModel(TaskRunner.sameThread(), officers, new LastOfficerSetting(settings));
    }

    @Test
    void theLastOfficerComesFirstAndIsSelected() throws Exception {
        officers.register("Anna Bakker", "111111");
        Officer piet = officers.register("Piet Zwart", "222222");
        settings.saveNow(s -> s.withLastOfficer(LastOfficer.numberOnly("222222"))); // as an older version kept it

        model.ask();

        assertTrue(model.askingProperty().get());
        assertEquals(piet, model.selectedProperty().get());
        assertEquals(List.of("Piet Zwart", "Anna Bakker"), model.officers().stream().map(Officer::name).toList());
    }

    @Test
    void anOfficerThatCannotBeRememberedIsSaidNotSwallowed() throws Exception {
        officers.register("Anna Bakker", "111111");
        java.nio.file.Files.createDirectory(folder.resolve(SettingsFile.NAME)); // nothing can be written there
        model.ask();
        model.choose();

        assertEquals("Anna Bakker", model.currentProperty().get().name(), "the desk works all the same");
        assertTrue(model.rememberProblemProperty().get().startsWith("niet onthouden voor de volgende start"),
                model.rememberProblemProperty().get());
    }

    @Test
    void theLastOfficerInFullMaySendBeforeTheDatabaseOpens() {
        officers.register("Anna Bakker", "111111");
        model.ask();
        model.choose();

        LastOfficerSetting nextStartSetting = new LastOfficerSetting(SettingsSaver.open(folder));
        OfficerViewModel nextStart = new OfficerViewModel(TaskRunner.sameThread(), notOpen(), nextStartSetting);
        nextStart.assumeLastOfficer(nextStartSetting.officer());

        assertEquals(model.currentProperty().get(), nextStart.currentProperty().get());
    }

    @Test
    void choosingTakesTheDeskAndIsRememberedForNextTime() {
        officers.register("Anna Bakker", "111111");
        model.ask();
        model.choose();

        assertEquals("Anna Bakker", model.currentProperty().get().name());
        assertFalse(model.askingProperty().get());
        assertEquals(Optional.of("111111"), new LastOfficerSetting(SettingsSaver.open(folder)).number(), "read by the next start");
    }

    @Test
    void nameAndPersonnelNumberAreValidated() {
        assertFalse(model.canAddProperty().get());
        assertEquals("Vul de naam in.", model.nameProblemProperty().get());
        assertEquals("Vul het personeelsnummer in.", model.numberProblemProperty().get());

        model.nameProperty().set("123");
        assertEquals("Een naam bevat letters.", model.nameProblemProperty().get());
        model.nameProperty().set("x".repeat(81));
        assertEquals("De naam is te lang (hoogstens 80 tekens).", model.nameProblemProperty().get());
        model.nameProperty().set("  J. de Vries ");
        assertNull(model.nameProblemProperty().get());

        model.numberProperty().set("12a456");
        assertEquals("Een personeelsnummer bestaat alleen uit cijfers.", model.numberProblemProperty().get());
        model.numberProperty().set("123");
        assertEquals("Een personeelsnummer heeft 4 tot 10 cijfers.", model.numberProblemProperty().get());
        model.numberProperty().set("123456");
        assertTrue(model.canAddProperty().get());
    }

    @Test
    void addingRegistersTheOfficerAndTakesTheDesk() {
        model.ask();
        model.nameProperty().set(" J. de Vries ");
        model.numberProperty().set("123456");
        model.add();

        Officer added = model.currentProperty().get();
        assertEquals(new Officer(added.id(), "J. de Vries", "123456"), added);
        assertEquals(Optional.of(added), officers.findByPersonnelNumber("123456"));
        assertFalse(model.askingProperty().get());
        assertEquals("", model.nameProperty().get(), "the form is empty for the next officer");
    }

    @Test
    void invalidInputIsNotSaved() {
        model.nameProperty().set("J. de Vries");
        model.numberProperty().set("12");
        model.add();

        assertNull(model.currentProperty().get());
        assertEquals(List.of(), officers.all());
    }

    @Test
    void withoutDatabaseTheQuestionSaysWhy() {
        OfficerViewModel closed = new OfficerViewModel(TaskRunner.sameThread(), notOpen(), new LastOfficerSetting(settings));
        closed.ask();
        assertEquals("De agenten konden niet geladen worden: de database is niet geopend", closed.errorProperty().get());
    }

    @Test
    void displayShowsNameAndNumber() {
        assertEquals("J. de Vries (123456)", OfficerViewModel.display(new Officer(1, "J. de Vries", "123456")));
    }
}

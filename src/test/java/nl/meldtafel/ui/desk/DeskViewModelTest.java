package nl.meldtafel.ui.desk;

import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.compose.FormModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeskViewModelTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;
    private DeskViewModel desk;

    private void create() {
        fixture = new DeskFixture(false, folder);
        desk = fixture.desk;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Test
    void withoutOfficerTheStatusSaysSo() {
        create();
        desk.start();
        assertEquals("Geen agent gekozen", desk.officerTextProperty().get());
        TestDesk.signIn(desk, "J. de Vries", "123456");
        assertEquals("Agent: J. de Vries (123456)", desk.officerTextProperty().get());
    }

    @Test
    void statusSaysLoadingUntilTheTemplatesAreThere() {
        create();
        assertEquals("Sjablonen worden geladen…", desk.templateStatusProperty().get());
        assertFalse(desk.noTemplatesProperty().get(), "not 'no templates' while still loading");
        desk.load();
        assertEquals("6 sjablonen geladen", desk.templateStatusProperty().get());
    }

    @Test
    void loadingOpensTheFirstTemplate() {
        create();
        desk.load();
        assertEquals("heterdaad", fixture.compose.formProperty().get().template().id());
        assertEquals(DeskViewModel.Screen.COMPOSE, desk.screenProperty().get());
    }

    @Test
    void shortcutNumberOpensThatTemplate() {
        create();
        desk.load();
        desk.show(DeskViewModel.Screen.LOG);
        desk.openTemplate(1);
        assertEquals("vermissing", fixture.compose.formProperty().get().template().id());
        assertEquals(DeskViewModel.Screen.COMPOSE, desk.screenProperty().get());
        desk.openTemplate(9);
        assertEquals("vermissing", fixture.compose.formProperty().get().template().id());
    }

    @Test
    void shortcutsOverviewListsTemplatesAndActions() {
        create();
        desk.load();
        var shortcuts = desk.shortcuts();
        assertEquals(new DeskViewModel.Shortcut("Ctrl+1", "Nieuw bericht: Heterdaad"), shortcuts.get(0));
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().equals("Ctrl+Enter")));
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().equals("Ctrl+Shift+A")));
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().equals("F1")));
    }

    @Test
    void brokenTemplateIsCountedAndListed() {
        fixture = new DeskFixture(true, folder);
        DeskViewModel broken = fixture.desk;
        broken.load();
        assertEquals("1 sjabloon met fouten – bekijk", broken.templateStatusProperty().get());
        assertEquals(1, broken.catalogViewModel().problems().size());
        assertTrue(broken.catalogViewModel().problems().get(0).startsWith("kapot.json"));
    }

    @Test
    void followUpCountStartsAtZero() {
        create();
        assertEquals(0, desk.followUpCountProperty().get());
        assertEquals("0", desk.followUpBadgeProperty().get());
        assertEquals("Gegevens: " + folder, desk.dataFolderText());
    }

    @Test
    void startOpensTheDatabaseAndAsksWhoIsAtTheDesk() {
        create();
        assertEquals("Database openen…", fixture.database.statusProperty().get());
        desk.start();
        assertEquals("Database ok (nieuw aangemaakt: dit is de eerste start in deze map)", fixture.database.statusProperty().get());
        assertEquals(DatabaseViewModel.State.OK, fixture.database.stateProperty().get());
        assertTrue(desk.officers().askingProperty().get());
        assertTrue(Files.exists(folder.resolve("backups")), "the daily backup ran after opening");
    }

    @Test
    void nothingCanBeSentWithoutAnOfficer() {
        create();
        desk.start();
        FormModel form = fixture.compose.formProperty().get();
        form.field("delict").orElseThrow().textProperty().set("Woninginbraak");
        form.field("locatie").orElseThrow().textProperty().set("Dorpsstraat");

        assertFalse(fixture.compose.canSendProperty().get());
        assertTrue(fixture.compose.sendHintProperty().get().contains("Ctrl+Shift+A"), fixture.compose.sendHintProperty().get());

        TestDesk.signIn(desk, "J. de Vries", "123456");
        assertTrue(fixture.compose.canSendProperty().get());
        assertNull(fixture.compose.sendHintProperty().get());
    }

    @Test
    void overdueAlertsOpenOpvolgingFirst() {
        create();
        try (Storage storage = Storage.open(folder, fixture.clock)) {
            Actor jan = new Actor(storage.officers().register("Jan", "111111"), "test");
            long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h",
                    "{\"delict\":\"Overval\"}", "*Heterdaad*\nOverval om 12.00 uur: Kerkplein.", null,
                    new FollowUpPolicy(true, Duration.ofMinutes(60), null), List.of()), jan);
            storage.alertService().confirmSent(id, jan);
        }
        fixture.clock.advance(Duration.ofMinutes(61));

        desk.start();

        assertEquals(DeskViewModel.Screen.FOLLOW_UP, desk.screenProperty().get());
        assertEquals("1 open, 1 te laat", desk.followUpBadgeProperty().get());
    }

    @Test
    void damagedDatabaseIsSetAsideOnlyWhenAskedAndNeverDeleted() throws Exception {
        create();
        Files.writeString(folder.resolve("meldtafel.db"), "dit is geen database ".repeat(400));

        desk.start();

        assertEquals(DatabaseViewModel.State.CORRUPT, fixture.database.stateProperty().get());
        assertTrue(fixture.database.problemProperty().get().contains(folder.resolve("meldtafel.db").toString()));
        assertFalse(fixture.compose.canSendProperty().get());

        fixture.database.moveAsideAndStartFresh();

        assertEquals(DatabaseViewModel.State.OK, fixture.database.stateProperty().get());
        assertTrue(fixture.database.statusProperty().get().startsWith("Database ok (nieuw begonnen"));
        try (Stream<Path> files = Files.list(folder)) {
            assertTrue(files.anyMatch(f -> f.getFileName().toString().startsWith("meldtafel.db.beschadigd-")),
                    "the damaged file is kept beside the new one");
        }
    }

    @Test
    void databaseFromANewerVersionIsNotWrittenAndSaysSo() throws Exception {
        create();
        Storage.open(folder, fixture.clock).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("meldtafel.db"));
             Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA user_version = 99");
            st.executeUpdate("UPDATE program_version SET version = '0.3.0'"); // a newer desk records itself
        }

        desk.start();

        assertEquals(DatabaseViewModel.State.FAILED, fixture.database.stateProperty().get());
        String problem = fixture.database.problemProperty().get();
        assertTrue(problem.contains("gemaakt door Meldtafel 0.3.0; dit is Meldtafel "),
                problem);
        assertTrue(problem.contains("Gebruik Meldtafel 0.3.0 of nieuwer."), problem);
        assertTrue(fixture.database.statusProperty().get().startsWith("Database niet beschikbaar"));
        assertFalse(desk.officers().askingProperty().get(), "no officer can be chosen without a database");
        desk.switchOfficer(); // Ctrl+Shift+A: no question opens, and the status bar says why
        assertFalse(desk.officers().askingProperty().get());
        assertTrue(desk.officerTextProperty().get().contains("wisselen kan nu niet: de database is niet bereikbaar"),
                desk.officerTextProperty().get());
        assertTrue(fixture.compose.sendHintProperty().get().startsWith("Versturen kan nu niet."));
    }
}

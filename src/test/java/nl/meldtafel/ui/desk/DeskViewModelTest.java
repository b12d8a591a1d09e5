package nl.meldtafel.ui.desk;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeskViewModelTest {

    private final DeskFixture fixture = new DeskFixture(false);
    private final DeskViewModel desk = fixture.desk;

    @Test
    void withoutOfficerTheStatusSaysSo() {
        assertEquals("Geen agent gekozen", desk.officerTextProperty().get());
        desk.officerProperty().set("J. de Vries (123456)");
        assertEquals("Agent: J. de Vries (123456)", desk.officerTextProperty().get());
    }

    @Test
    void statusSaysLoadingUntilTheTemplatesAreThere() {
        assertEquals("Sjablonen worden geladen…", desk.templateStatusProperty().get());
        assertFalse(desk.noTemplatesProperty().get(), "not 'no templates' while still loading");
        desk.load();
        assertEquals("5 sjablonen geladen", desk.templateStatusProperty().get());
    }

    @Test
    void loadingOpensTheFirstTemplate() {
        desk.load();
        assertEquals("heterdaad", fixture.compose.formProperty().get().template().id());
        assertEquals(DeskViewModel.Screen.COMPOSE, desk.screenProperty().get());
    }

    @Test
    void shortcutNumberOpensThatTemplate() {
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
        desk.load();
        var shortcuts = desk.shortcuts();
        assertEquals(new DeskViewModel.Shortcut("Ctrl+1", "Nieuw bericht: Heterdaad"), shortcuts.get(0));
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().equals("Ctrl+Enter")));
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().equals("F1")));
    }

    @Test
    void brokenTemplateIsCountedAndListed() {
        DeskViewModel broken = new DeskFixture(true).desk;
        broken.load();
        assertEquals("1 sjabloon met fouten – bekijk", broken.templateStatusProperty().get());
        assertEquals(1, broken.catalogViewModel().problems().size());
        assertTrue(broken.catalogViewModel().problems().get(0).startsWith("kapot.json"));
    }

    @Test
    void followUpCountStartsAtZero() {
        assertEquals(0, desk.followUpCountProperty().get());
        assertEquals("Gegevens: /data/meldtafel", desk.dataFolderText());
    }
}

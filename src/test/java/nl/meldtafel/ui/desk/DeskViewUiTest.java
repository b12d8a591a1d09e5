package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxDeskExtension.class)
class DeskViewUiTest {

    private DeskFixture fixture;
    @TempDir
    Path folder;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(true, folder);
            window.show(new DeskView(fixture.desk, DeskFixture.ZONE), 1200, 720);
            fixture.desk.load();
        });
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    @Test
    void sidebarSwitchesScreens(FxRobot robot) {
        robot.clickOn("#navLog");
        FxSettle.settle();
        assertTrue(robot.lookup("#logScreen").query().isVisible());
        assertEquals(DeskViewModel.Screen.LOG, fixture.desk.screenProperty().get());

        robot.clickOn("#navFollowUp");
        assertTrue(robot.lookup("#followUpScreen").query().isVisible());
        assertEquals("0", robot.lookup("#followUpBadge").queryAs(Label.class).getText());

        robot.clickOn("#template-heterdaad");
        assertFalse(robot.lookup("#followUpScreen").query().isVisible());
        assertEquals(DeskViewModel.Screen.COMPOSE, fixture.desk.screenProperty().get());
    }

    @Test
    void ctrl1OpensHeterdaadWithTheFirstFieldReadyForTyping(FxRobot robot) {
        robot.clickOn("#navFollowUp");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxSettle.settle();

        assertEquals("Heterdaad", robot.lookup("#composeTitle").queryAs(Label.class).getText());
        Node focused = robot.lookup("#sidebar").query().getScene().getFocusOwner();
        assertEquals("field-delict", focused == null ? null : focused.getId());
    }

    @Test
    void statusBarShowsOfficerAndTemplateProblems(FxRobot robot) {
        assertEquals("Geen agent gekozen", robot.lookup("#officerStatus").queryAs(Labeled.class).getText());
        robot.interact(() -> {
            fixture.database.open();
            fixture.desk.officers().cancel();
            TestDesk.signIn(fixture.desk, "J. de Vries", "123456");
        });
        assertEquals("Agent: J. de Vries (123456)", robot.lookup("#officerStatus").queryAs(Labeled.class).getText());
        assertEquals("Database ok (nieuw aangemaakt: dit is de eerste start in deze map)",
                robot.lookup("#databaseStatus").queryAs(Label.class).getText(), "a first start says it made the log");

        robot.clickOn("#templateStatus");
        FxSettle.settle();
        assertTrue(robot.lookup("#problemList").tryQuery().isPresent(), "the problems view opens");
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void f1ShowsTheShortcuts(FxRobot robot) {
        robot.type(KeyCode.F1);
        FxSettle.settle();
        assertTrue(robot.lookup("#shortcutList").tryQuery().isPresent());
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void f1SaysWhichVersionRunsAndWhereTheDataAndTheLogFileAre(FxRobot robot) {
        Path logFile = folder.resolve("logs").resolve("meldtafel.log");
        robot.interact(() -> fixture.desk.useAbout(java.util.Optional.empty(), java.util.Optional.of(logFile)));
        robot.type(KeyCode.F1);
        FxSettle.settle();

        java.util.List<String> shown = robot.lookup("#aboutMeldtafel").lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(shown.contains("Over Meldtafel"), shown.toString());
        assertTrue(shown.contains("ontwikkelversie"), "run from Maven, not from the jar: " + shown);
        assertTrue(shown.contains(logFile.toString()), shown.toString());
        assertTrue(shown.stream().anyMatch(text -> text.contains("nooit berichtteksten")), shown.toString());
        robot.type(KeyCode.ESCAPE);
    }
}

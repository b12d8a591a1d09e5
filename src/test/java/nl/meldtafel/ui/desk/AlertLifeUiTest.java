package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.log.LogRow;
import nl.meldtafel.ui.log.LogViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.nio.file.Path;
import java.util.List;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end over a real database and the real background runner: officer, heterdaad, Opvolging,
 * afloopbericht, and the original closed in the log.
 */
@ExtendWith(FxDeskExtension.class)
class AlertLifeUiTest {

    @TempDir
    Path folder;
    private final FxTaskRunner runner = new FxTaskRunner();
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder, runner);
            fixture.desk.setLogFactory(() -> new LogViewModel(fixture.storage.alertService(), fixture.storage.officers(),
                    runner, text -> { }, DeskFixture.ZONE, fixture.clock));
            window.show(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        runner.close();
        fixture.close();
    }


    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void heterdaadIsFollowedUpByAnAfloopberichtThatClosesIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        assertTrue(robot.lookup("#databaseStatus").queryAs(Label.class).getText().startsWith("Database ok"));
        robot.clickOn("#officerName").write("J. de Vries", 0);
        robot.clickOn("#officerNumber").write("123456", 0);
        robot.clickOn("#addOfficer");
        waitUntil(() -> robot.lookup("#officerStatus").queryAs(Labeled.class).getText().equals("Agent: J. de Vries (123456)"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> "Heterdaad".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        robot.clickOn("#field-delict").write("Woninginbraak", 0);
        robot.clickOn("#field-locatie").write("Dorpsstraat", 0);
        FxSettle.settle();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#confirmationBar"));
        robot.type(KeyCode.ENTER);
        // The label has no text at all until the first recording is shown.
        waitUntil(() -> robot.lookup("#recordedLabel").queryAs(Label.class).getText() != null
                && !robot.lookup("#recordedLabel").queryAs(Label.class).getText().isEmpty());

        robot.clickOn("#navFollowUp");
        waitUntil(() -> robot.lookup("#followUp-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#followUp-1 .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Verstuurd om 14.32 · afloopbericht verwacht om 15.32")));
        assertEquals("1", robot.lookup("#followUpBadge").queryAs(Label.class).getText());

        robot.clickOn("#afloop-1");
        waitUntil(() -> "Afloopbericht".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        assertEquals("woninginbraak, Dorpsstraat (14.32 uur)",
                robot.lookup("#field-referentie").queryAs(TextField.class).getText());
        assertTrue(visible(robot, "#linkBanner"));
        robot.clickOn("#field-uitkomst").write("verdachte aangehouden", 0);
        FxSettle.settle();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#confirmationBar"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !visible(robot, "#confirmationBar"));

        robot.clickOn("#navFollowUp");
        waitUntil(() -> visible(robot, "#followUpEmpty"));
        assertTrue(robot.lookup("#followUp-1").tryQuery().isEmpty());
        assertEquals("0", robot.lookup("#followUpBadge").queryAs(Label.class).getText());
        Alert original = fixture.storage.alertService().find(1).orElseThrow();
        assertEquals(AlertStatus.CLOSED, original.status());
        assertEquals(2L, original.closure().byAlertId());

        robot.clickOn("#navLog");
        @SuppressWarnings("unchecked")
        TableView<LogRow> table = robot.lookup("#logTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of("Afloopbericht", "Heterdaad"), table.getItems().stream().map(LogRow::kind).toList());
        assertEquals("Gesloten", table.getItems().get(1).status());
    }
}

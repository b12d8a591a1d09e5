package nl.meldtafel.ui.desk;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.log.Choice;
import nl.meldtafel.ui.log.LogRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #5 end to end through the real desk: a register of one wijk with three beheerdersgroepen (and one elsewhere),
 * target the wijk, copy, tick two groups, the third waits in Opvolging and is ticked there; the
 * Logboek shows the groups with their tick times and filters by them; the afloopbericht defaults to
 * the same groups.
 */
@ExtendWith(FxDeskExtension.class)
class DeskTargetsUiTest {

    @TempDir
    Path folder;
    private Scene scene;
    private FxTaskRunner runner;
    private DeskFixture fixture;
    private long noord;
    private long oost;
    private long west;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            try (Storage storage = Storage.open(folder, java.time.Clock.systemUTC())) {
                noord = storage.groupRegister().addGroup(new GroupInput("Centrum Noord", "Centrum", "Leiden", true, ""), null);
                oost = storage.groupRegister().addGroup(new GroupInput("Centrum Oost", "Centrum", "Leiden", true, ""), null);
                west = storage.groupRegister().addGroup(new GroupInput("Centrum West", "Centrum", "Leiden", true, ""), null);
                storage.groupRegister().addGroup(new GroupInput("Beheerders Merenwijk", "Merenwijk", "Leiden", true, ""), null);
            }
            scene = window.show(new Pane());
            runner = new FxTaskRunner();
            FxTaskRunner deskRunner = runner;
            fixture = new DeskFixture(folder, deskRunner, FxClipboard::putText);
            // the Logboek with its groups and the paste checklist, as DeskAssembly wires them for the app
            scene.setRoot(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        runner.close();
        fixture.close();
    }

    @Test
    void wijkTargetedTickedPartlyFinishedInOpvolgingLoggedAndFollowedBySameGroups(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        robot.interact(() -> TestDesk.signIn(fixture.desk, "J. de Vries", "123456"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty() && fixture.compose.officerProperty().get() != null);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> "Naar: nog geen groep gekozen".equals(text(robot, "#targetSummary")));
        robot.clickOn("#field-delict").write("Woninginbraak", 0);
        robot.clickOn("#field-locatie").write("Dorpsstraat", 0);

        // The picker, by keyboard: Ctrl+G opens it, the wijk is ticked as a whole.
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#target-wijk-leiden-centrum").tryQuery().isPresent());
        robot.clickOn("#target-wijk-leiden-centrum");
        waitUntil(() -> "3 groepen gekozen".equals(text(robot, "#targetCount")));
        assertTrue(robot.lookup("#target-group-" + oost).queryAs(CheckBox.class).isSelected());
        robot.type(KeyCode.ENTER); // confirms, also with focus on a check box
        waitUntil(() -> "Naar: wijk Centrum (3 groepen)".equals(text(robot, "#targetSummary")));

        String preview = WaitForAsyncUtils.asyncFx(() -> fixture.compose.resultProperty().get().preview()).get();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#checklist"));
        assertEquals(preview, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertEquals("Plak in: Centrum Noord", text(robot, "#checklistNext"));
        assertEquals(AlertStatus.PENDING, status());

        robot.type(KeyCode.ENTER); // the next open group
        waitUntil(() -> "14.32 uur".equals(text(robot, "#tickTime-" + noord)));
        assertEquals(AlertStatus.SENT, status(), "the first tick confirms the alert as sent");
        assertEquals("Plak in: Centrum Oost", text(robot, "#checklistNext"));
        fixture.clock.advance(Duration.ofMinutes(1));
        robot.clickOn("#tick-" + oost);
        waitUntil(() -> "14.33 uur".equals(text(robot, "#tickTime-" + oost)));
        assertEquals("2 van 3 geplaatst", text(robot, "#checklistProgress"));
        robot.clickOn("#checklistLater"); // the rest later
        waitUntil(() -> !visible(robot, "#confirmationBar"));

        robot.clickOn("#navFollowUp");
        String row = "#notPosted-1-" + west;
        waitUntil(() -> visible(robot, row));
        assertTrue(robot.lookup(row + " .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Nog niet geplaatst in: Centrum West".equals(l.getText())));
        robot.interact(() -> FxClipboard.putText("iets anders"));
        robot.clickOn("#copyNotPosted-1");
        waitUntil(() -> preview.equals(Clipboard.getSystemClipboard().getString()));
        fixture.clock.advance(Duration.ofMinutes(2));
        robot.clickOn("#posted-1-" + west);
        waitUntil(() -> robot.lookup(row).tryQuery().isEmpty() && !visible(robot, "#followUpNotPosted"));

        robot.clickOn("#navLog");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(0));
        waitUntil(() -> robot.lookup("#logGroups .label").queryAllAs(Label.class).size() == 3);
        assertEquals(List.of("Centrum Noord: geplaatst 23-11 14.32 door J. de Vries",
                        "Centrum Oost: geplaatst 23-11 14.33 door J. de Vries",
                        "Centrum West: geplaatst 23-11 14.35 door J. de Vries"),
                robot.lookup("#logGroups .label").queryAllAs(Label.class).stream().map(Label::getText).sorted().toList());
        choose(robot, "#logArea", "Merenwijk (Leiden)");
        waitUntil(() -> table(robot).getItems().isEmpty());
        choose(robot, "#logArea", "Centrum (Leiden)");
        waitUntil(() -> table(robot).getItems().size() == 1);
        choose(robot, "#logGroup", "Beheerders Merenwijk (Merenwijk, Leiden)");
        waitUntil(() -> table(robot).getItems().isEmpty());
        choose(robot, "#logGroup", "Centrum West (Centrum, Leiden)");
        waitUntil(() -> table(robot).getItems().size() == 1);

        robot.clickOn("#navFollowUp");
        waitUntil(() -> visible(robot, "#afloop-1"));
        robot.clickOn("#afloop-1");
        waitUntil(() -> "Afloopbericht".equals(text(robot, "#composeTitle")));
        waitUntil(() -> "Naar: wijk Centrum (3 groepen)".equals(text(robot, "#targetSummary")));
        assertEquals("zelfde groepen als de melding", text(robot, "#targetHint"));
    }

    private AlertStatus status() {
        return fixture.storage.alertService().find(1).orElseThrow().status();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String query, String label) {
        robot.interact(() -> {
            ComboBox<Choice<?>> box = robot.lookup(query).queryAs(ComboBox.class);
            box.setValue(box.getItems().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow(
                    () -> new AssertionError(label + " not in " + box.getItems())));
        });
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static TableView<LogRow> table(FxRobot robot) {
        return robot.lookup("#logTable").queryAs(TableView.class);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}

package nl.meldtafel.ui.desk;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.groups.GroupsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

/** The register is one click (or Ctrl+Shift+G) away in the desk's sidebar, once the database is open. */
@ExtendWith(FxDeskExtension.class)
class DeskGroupsUiTest {

    @TempDir
    static Path folder;
    private final FxTaskRunner runner = new FxTaskRunner();
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder, runner);
            fixture.desk.setGroupsFactory(() -> new GroupsViewModel(fixture.storage.groupRegister(), runner,
                    fixture.clock, fixture.desk.officers().currentProperty()));
            window.show(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        runner.close();
        fixture.close();
    }

    @Test
    void ctrlGAndTheSidebarOpenTheRegisterWhichExplainsHowToFillIt(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        robot.interact(() -> TestDesk.signIn(fixture.desk, "J. de Vries", "123456"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty() && fixture.desk.groupsProperty().get() != null);

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.G).release(KeyCode.G, KeyCode.SHIFT, KeyCode.CONTROL);

        waitUntil(() -> fixture.desk.screenProperty().get() == DeskViewModel.Screen.GROUPS && visible(robot, "#groupsTable"));
        waitUntil(() -> robot.lookup("#groupsPlaceholder").queryAs(Label.class).getText().startsWith("Het register is nog leeg."));

        robot.clickOn("#navFollowUp");
        waitUntil(() -> !visible(robot, "#groupsTable"));
        robot.clickOn("#navGroups");
        waitUntil(() -> visible(robot, "#groupsTable"));
        assertEquals(DeskViewModel.Screen.GROUPS, fixture.desk.screenProperty().get());
        assertTrue(fixture.desk.shortcuts().stream().anyMatch(s -> s.keys().equals("Ctrl+Shift+G")));
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> isShown(n)).orElse(false);
    }

    private static boolean isShown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}

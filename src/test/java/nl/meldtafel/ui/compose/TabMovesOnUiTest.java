package nl.meldtafel.ui.compose;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * Tab always moves to the next field and keeps what was typed, per kind of field, with the keys sent at
 * once and with a 300 ms pause before the Tab (the timing that made a suggestion win: "forskort haar").
 */
@ExtendWith(FxDeskExtension.class)
class TabMovesOnUiTest {

    @TempDir
    Path folder;
    private InMemoryComposeDesk desk;
    private Scene scene;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        desk = InMemoryComposeDesk.show(window, folder);
        scene = desk.scene();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @ParameterizedTest(name = "pause {0} ms before each Tab")
    @ValueSource(ints = {0, 300})
    void everyKindOfFieldMovesOnWithTabAndKeepsWhatWasTyped(int pause, FxRobot robot) throws Exception {
        openHeterdaad(robot);
        // choice: a suggestion exists ("Woninginbraak"), but without the arrow the typed text stays
        robot.clickOn("#field-delict").write("inbraak", 0);
        tabAfter(robot, pause);
        assertFocusIn(robot, "#field-tijd");
        // time (its default is selected when Tab arrives, so typing replaces it)
        robot.write("21.05", 0);
        tabAfter(robot, pause);
        assertFocusIn(robot, "#field-locatie");
        // text
        robot.write("Dorpsstraat 12", 0);
        tabAfter(robot, pause);
        robot.write("Leiden", 0);
        tabAfter(robot, pause);
        // multiline: Enter is a new line, Tab moves on, Shift+Tab goes back
        robot.write("Via de achterdeur", 0);
        robot.type(KeyCode.ENTER);
        robot.write("binnengekomen", 0);
        WaitForAsyncUtils.sleep(pause, TimeUnit.MILLISECONDS);
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        assertFocusIn(robot, "#field-plaats");
        robot.type(KeyCode.TAB);
        assertFocusIn(robot, "#field-toelichting");
        tabAfter(robot, pause);
        Node afterMultiline = WaitForAsyncUtils.asyncFx(scene::getFocusOwner).get();
        assertNotSame(robot.lookup("#field-toelichting").query(), afterMultiline, "Tab left the multiline field");

        assertEquals("inbraak", InMemoryComposeDesk.fieldText(robot, "#field-delict"));
        assertEquals("21.05", InMemoryComposeDesk.fieldText(robot, "#field-tijd"));
        assertEquals("Dorpsstraat 12", InMemoryComposeDesk.fieldText(robot, "#field-locatie"));
        assertEquals("Leiden", InMemoryComposeDesk.fieldText(robot, "#field-plaats"));
        assertEquals("Via de achterdeur\nbinnengekomen", InMemoryComposeDesk.fieldText(robot, "#field-toelichting"));

        // a choice field inside a group: "for" + Tab + "kort haar" never becomes "forskort haar"
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
        FxSettle.settle();
        assertFocusIn(robot, "#field-verdachten-1-geslacht");
        robot.clickOn("#field-verdachten-1-postuur").write("for", 0);
        tabAfter(robot, pause);
        robot.write("kort haar", 0);
        FxSettle.settle();
        assertEquals("for", InMemoryComposeDesk.fieldText(robot, "#field-verdachten-1-postuur"), "no suggestion taken without the arrow");
        assertEquals("kort haar", InMemoryComposeDesk.fieldText(robot, "#field-verdachten-1-uiterlijk"));
    }

    @ParameterizedTest(name = "pause {0} ms before the Tab")
    @ValueSource(ints = {0, 300})
    void theDownArrowTakesTheSuggestionAndTabThenMovesOn(int pause, FxRobot robot) throws Exception {
        openHeterdaad(robot);
        robot.clickOn("#field-delict").write("inbr", 0);
        robot.type(KeyCode.DOWN);
        tabAfter(robot, pause);
        assertFocusIn(robot, "#field-tijd");
        assertEquals("Woninginbraak", InMemoryComposeDesk.fieldText(robot, "#field-delict"));
    }

    private void openHeterdaad(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxSettle.settle();
    }

    private static void tabAfter(FxRobot robot, int pause) {
        WaitForAsyncUtils.sleep(pause, TimeUnit.MILLISECONDS);
        robot.type(KeyCode.TAB);
        FxSettle.settle();
    }

    private void assertFocusIn(FxRobot robot, String query) throws Exception {
        Node expected = robot.lookup(query).query();
        Node focused = WaitForAsyncUtils.asyncFx(scene::getFocusOwner).get();
        Node input = expected instanceof ComboBox<?> combo ? combo : expected;
        boolean inside = false;
        for (Node n = focused; n != null; n = n.getParent()) {
            inside |= n == input;
        }
        assertSame(true, inside, "focus in " + query + ", but it is in " + focused);
    }
}

package nl.meldtafel.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.FxSettle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * "Leegmaken" starts the form again: what the officer types next goes into its first field, not into
 * the button that was clicked (found at the desk: "vrouw" typed after clearing went nowhere).
 */
@ExtendWith(FxDeskExtension.class)
class ClearFormUiTest {

    @TempDir
    Path folder;
    private InMemoryComposeDesk desk;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        desk = InMemoryComposeDesk.show(window, folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void afterClearingAFilledFormTypingGoesIntoItsFirstField(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxSettle.settle();
        robot.write("Woninginbraak", 0);
        robot.type(KeyCode.TAB);
        robot.write("21.05", 0);
        FxSettle.settle();

        robot.clickOn("#clearButton");
        FxSettle.settle();
        robot.type(KeyCode.ENTER); // the question's default answer: Leegmaken
        FxSettle.settle();
        robot.write("Overval", 0);
        FxSettle.settle();

        assertEquals("Overval", InMemoryComposeDesk.fieldText(robot, "#field-delict"));
        assertEquals("", InMemoryComposeDesk.fieldText(robot, "#field-locatie"));
    }

    @Test
    void afterClearingAnEmptyFormTypingGoesIntoItsFirstField(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxSettle.settle();
        robot.clickOn("#clearButton"); // nothing typed: cleared without a question
        FxSettle.settle();
        robot.write("Overval", 0);
        FxSettle.settle();

        assertEquals("Overval", InMemoryComposeDesk.fieldText(robot, "#field-delict"));
    }
}

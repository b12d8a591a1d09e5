package nl.meldtafel.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.FxSettle;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.ui.desk.DeskView;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.desk.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Leegmaken" starts the form again: what the officer types next goes into its first field, not into
 * the button that was clicked (found at the desk: "vrouw" typed after clearing went nowhere).
 */
@ExtendWith(FxDeskExtension.class)
class ClearFormUiTest {

    @TempDir
    Path folder;
    private DatabaseViewModel database;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(ComposeFixture.CLOCK), ComposeFixture.CLOCK,
                    new InMemoryAlertSink(ComposeFixture.CLOCK), new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(),
                    FxClipboard::putText, url -> { });
            Storage storage = Storage.at(folder, ComposeFixture.CLOCK);
            database = new DatabaseViewModel(TaskRunner.sameThread(), storage, folder);
            DeskViewModel desk = TestDesk.create(TaskRunner.sameThread(), () -> ComposeFixture.CATALOG, compose, database,
                    storage, folder, ComposeFixture.CLOCK);
            window.show(new DeskView(desk, ComposeFixture.ZONE));
            desk.start();
            TestDesk.signIn(desk, "J. de Vries", "123456");
        });
    }

    @AfterEach
    void close() {
        database.close();
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

        assertEquals("Overval", text(robot, "#field-delict"));
        assertEquals("", text(robot, "#field-locatie"));
    }

    @Test
    void afterClearingAnEmptyFormTypingGoesIntoItsFirstField(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        FxSettle.settle();
        robot.clickOn("#clearButton"); // nothing typed: cleared without a question
        FxSettle.settle();
        robot.write("Overval", 0);
        FxSettle.settle();

        assertEquals("Overval", text(robot, "#field-delict"));
    }

    private static String text(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node instanceof ComboBox<?> combo ? combo.getEditor().getText()
                : ((TextInputControl) node).getText()).get();
    }
}

package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
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
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every screen has a key, F1 lists them all, and Alt+V brings a new suspect into view with the cursor in it. */
@ExtendWith(FxDeskExtension.class)
class ShortcutsUiTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;
    private Scene scene;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder);
            // A low window, so the suspects are below the fold of the form.
            scene = window.show(new DeskView(fixture.desk, DeskFixture.ZONE), 1280, 560);
            fixture.desk.start();
            TestDesk.signIn(fixture.desk, "J. de Vries", "123456");
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void screensOpenByTheirKeys(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        assertEquals(DeskViewModel.Screen.LOG, fixture.desk.screenProperty().get());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I);
        assertEquals(DeskViewModel.Screen.SETTINGS, fixture.desk.screenProperty().get());
        keys(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        assertEquals(DeskViewModel.Screen.FOLLOW_UP, fixture.desk.screenProperty().get());
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT6);
        assertEquals(DeskViewModel.Screen.COMPOSE, fixture.desk.screenProperty().get());
        assertEquals("Weekoverzicht", robot.lookup("#composeTitle").queryAs(Label.class).getText());
    }

    @Test
    void f1ListsTheScreenKeysAndHowToLeaveAMultilineField(FxRobot robot) {
        robot.type(KeyCode.F1);
        FxSettle.settle();
        Node list = Window.getWindows().stream().filter(Window::isShowing).map(w -> w.getScene().lookup("#shortcutList"))
                .filter(Objects::nonNull).findFirst().orElseThrow();
        String shown = robot.from(list).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining("\n"));
        for (String expected : List.of("Ctrl+Shift+P", "Ctrl+Shift+L", "Ctrl+Shift+I", "Ctrl+Shift+O", "Ctrl+Shift+G",
                "Ctrl+6", "Alt+V / Alt+O", "Alt+Shift+V", "Tab / Shift+Tab")) {
            assertTrue(shown.contains(expected), () -> expected + " missing from F1:\n" + shown);
        }
        assertTrue(shown.contains("Tab gaat naar het volgende veld"), shown);
    }

    @Test
    void altVAddsASuspectScrolledIntoViewWithTheCursorInItsFirstField(FxRobot robot) throws Exception {
        keys(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        keys(robot, KeyCode.ALT, KeyCode.V);
        keys(robot, KeyCode.ALT, KeyCode.V);
        FxSettle.settle();

        Node first = robot.lookup("#field-verdachten-2-geslacht").query();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> within(scene.getFocusOwner(), first)).get(), "cursor in the new suspect");
        ScrollPane scroll = robot.lookup(".form-scroll").queryAs(ScrollPane.class);
        boolean visible = WaitForAsyncUtils.asyncFx(() -> {
            Bounds field = first.localToScene(first.getBoundsInLocal());
            Bounds viewport = scroll.localToScene(scroll.getBoundsInLocal());
            return field.getMinY() >= viewport.getMinY() && field.getMaxY() <= viewport.getMaxY();
        }).get();
        assertTrue(visible, "the new suspect is scrolled into view");
    }

    private static boolean within(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static void keys(FxRobot robot, KeyCode... codes) {
        robot.press(codes);
        KeyCode[] reversed = new KeyCode[codes.length];
        for (int i = 0; i < codes.length; i++) {
            reversed[i] = codes[codes.length - 1 - i];
        }
        robot.release(reversed);
        FxSettle.settle();
    }
}

package nl.meldtafel.ui.compose;

import nl.meldtafel.ui.FxSettle;
import nl.meldtafel.store.Storage;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.meldtafel.message.MessageRenderer;
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
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 §2 and §3 at the desk: "laatst gezien" holds no time until the officer gives one ("Nu" is a button, not a
 * default), takes a day, and the vermissing cannot be copied before the approach is chosen.
 */
@ExtendWith(FxDeskExtension.class)
class LastSeenUiTest {

    private final InMemoryAlertSink sink = new InMemoryAlertSink(ComposeFixture.CLOCK);
    private Scene scene;
    private DatabaseViewModel database;
    @TempDir
    Path folder;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(ComposeFixture.CLOCK), ComposeFixture.CLOCK, sink,
                    new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(), FxClipboard::putText, new ArrayList<String>()::add);
            Storage storage = Storage.at(folder, ComposeFixture.CLOCK);
            database = new DatabaseViewModel(TaskRunner.sameThread(), storage, folder);
            DeskViewModel desk = TestDesk.create(TaskRunner.sameThread(), () -> ComposeFixture.CATALOG, compose, database, storage, folder,
                    ComposeFixture.CLOCK);
            scene = window.show(new DeskView(desk, ComposeFixture.ZONE));
            desk.start();
            TestDesk.signIn(desk, "J. de Vries", "123456");
        });
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void lastSeenTimeComesOnlyFromTheOfficerAndTheApproachMustBeChosen(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        assertEquals("Vermissing", robot.lookup("#composeTitle").queryAs(Label.class).getText());
        assertEquals("", robot.lookup("#field-laatst_gezien_tijd").queryAs(TextField.class).getText(), "no silent default");
        assertEquals("", comboText(robot, "#field-aanspreken"), "the approach has no default");

        fill(robot, "#field-geslacht", "meisje");
        fill(robot, "#field-leeftijd", "7");
        fill(robot, "#field-laatst_gezien_plaats", "Korreweg");
        FxSettle.settle();
        String preview = previewText(robot);
        assertTrue(preview.contains("Vermist meisje, 7 jaar – Korreweg"), preview);
        assertFalse(preview.contains("uur"), "a time nobody gave: " + preview);
        assertTrue(robot.lookup("#copyButton").query().isDisabled(), "the approach is not chosen yet");

        click(robot, "#field-laatst_gezien_tijd");
        robot.clickOn(nowButton(robot));
        fill(robot, "#field-laatst_gezien_dag", "gisteren");
        fill(robot, "#field-aanspreken", "ja, rustig aanspreken");
        robot.type(KeyCode.ESCAPE);
        FxSettle.settle();

        assertEquals("14.32", robot.lookup("#field-laatst_gezien_tijd").queryAs(TextField.class).getText());
        preview = previewText(robot);
        assertTrue(preview.contains("Laatst gezien gisteren om 14.32 uur."), preview);
        assertTrue(preview.contains("Ziet u haar? Spreek haar rustig aan, blijf bij haar en bel direct 112."), preview);
        assertFalse(robot.lookup("#copyButton").query().isDisabled());
        snapshot("vermissing-last-seen.png");
    }

    private static Button nowButton(FxRobot robot) {
        Parent editor = robot.lookup("#field-laatst_gezien_tijd").query().getParent();
        return editor.getChildrenUnmodifiable().stream().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.getText().equalsIgnoreCase("nu")).findFirst().orElseThrow();
    }

    private static String comboText(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ComboBox.class).getEditor().getText();
    }

    private static void fill(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.write(text, 0);
    }

    /** Scrolls the form so the field shows, then clicks it. */
    private static void click(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            for (Parent p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof ScrollPane scroll) {
                    Node content = scroll.getContent();
                    Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
                    Bounds view = scroll.getViewportBounds();
                    double hidden = content.getLayoutBounds().getHeight() - view.getHeight();
                    double top = -view.getMinY();
                    if (hidden > 0 && (at.getMinY() < top || at.getMaxY() > top + view.getHeight())) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (at.getMinY() - 40) / hidden)));
                    }
                    return;
                }
            }
        });
        FxSettle.settle();
        robot.clickOn(query);
    }

    private static String previewText(FxRobot robot) {
        TextFlow flow = robot.lookup("#previewText").queryAs(TextFlow.class);
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    /** A picture for a human look, in target/ui-snapshots. */
    private void snapshot(String name) throws Exception {
        nl.meldtafel.ui.UiSnapshots.save(scene, name);
        assertEquals(java.util.List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(scene), "no label or button cut off in " + name);
    }
}

package nl.meldtafel.ui.compose;

import nl.meldtafel.ui.FxSettle;
import nl.meldtafel.store.Storage;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.desk.DeskView;
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.desk.TestDesk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxDeskExtension.class)
class ComposeViewUiTest {

    private final InMemoryAlertSink sink = new InMemoryAlertSink(ComposeFixture.CLOCK);
    private final List<String> browser = new ArrayList<>();
    private Scene scene;
    private DatabaseViewModel database;
    @TempDir
    Path folder;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(ComposeFixture.CLOCK), ComposeFixture.CLOCK, sink,
                    new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(), FxClipboard::putText, browser::add);
            Storage storage = Storage.at(folder, ComposeFixture.CLOCK);
            database = new DatabaseViewModel(TaskRunner.sameThread(), storage, folder);
            DeskViewModel desk = TestDesk.create(TaskRunner.sameThread(), () -> ComposeFixture.CATALOG, compose, database, storage, folder,
                    ComposeFixture.CLOCK);
            // Within Monocle's default 1280x800 headless screen; a larger window overflows its frame buffer.
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
    void heterdaadFromShortcutToConfirmedAlert(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        assertEquals("Heterdaad", robot.lookup("#composeTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#copyButton").query().isDisabled(), "nothing filled in yet");

        robot.clickOn("#field-delict").write("Woninginbraak", 0);
        robot.clickOn("#field-locatie").write("Dorpsstraat", 0);
        robot.clickOn("#add-verdachten");
        robot.clickOn("#field-verdachten-1-geslacht").write("man", 0);
        robot.clickOn("#field-verdachten-1-kleding").write("donkere jas", 0);
        FxSettle.settle();

        String preview = previewText(robot);
        assertTrue(preview.contains("Woninginbraak – Dorpsstraat (14.32 uur)"), preview);
        assertTrue(preview.contains("Kijk uit naar een man: donkere jas."), preview);
        assertTrue(robot.lookup("#charCount").queryAs(Label.class).getText().endsWith(" tekens"));
        assertFalse(robot.lookup("#copyButton").query().isDisabled());
        snapshot("compose-filled.png");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxSettle.settle();
        String clipboard = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(clipboard.startsWith("*Politiebericht – Kijk uit*\n"), "markers are copied, shown rendered");
        assertEquals(preview, clipboard.replaceAll("[*_]", ""));
        assertTrue(robot.lookup("#confirmationBar").query().isVisible());
        snapshot("compose-confirm.png");

        robot.type(KeyCode.ENTER);
        FxSettle.settle();

        assertEquals(1, sink.recorded().size());
        assertTrue(sink.recorded().get(0).confirmed());
        assertEquals(clipboard, sink.recorded().get(0).text());
        assertEquals("", robot.lookup("#field-locatie").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#confirmationBar").query().isVisible());
        assertEquals("Vastgelegd om 14.32, afloopbericht verwacht om 15.32",
                robot.lookup("#recordedLabel").queryAs(Label.class).getText());
    }

    @Test
    void laterKeepsTheMessageInTheUnconfirmedList(FxRobot robot) {
        robot.clickOn("#field-delict").write("Overval", 0);
        robot.clickOn("#field-locatie").write("Kerkplein", 0);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        robot.type(KeyCode.ESCAPE);
        FxSettle.settle();

        assertTrue(robot.lookup("#unconfirmedList").query().isVisible());
        assertFalse(sink.recorded().get(0).confirmed());
        // the panel beside the form is narrow: the kind and time must not be cut to "Heterdaad om 1…"
        Label what = robot.lookup("#unconfirmedList .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Heterdaad om ")).findFirst().orElseThrow();
        assertEquals("Heterdaad om 14.32", ((Text) what.lookup(".text")).getText());
        assertEquals("Overval – Kerkplein (14.32 uur)", ((Text) robot.lookup("#unconfirmedList .muted").queryAs(Label.class)
                .lookup(".text")).getText());
    }

    @Test
    void nameNeedsTheFamilysConsent(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        FxSettle.settle();
        Node name = robot.lookup("#field-naam").query();
        assertTrue(name.isDisabled());

        robot.clickOn("#field-toestemming");
        FxSettle.settle();
        assertTrue(robot.lookup("#field-toestemming").queryAs(CheckBox.class).isSelected());
        assertFalse(name.isDisabled());
    }

    @Test
    void vehicleCanBeAddedOnlyOnce(FxRobot robot) {
        robot.clickOn("#add-voertuig");
        FxSettle.settle();
        assertTrue(robot.lookup("#add-voertuig").query().isDisabled());
        robot.clickOn("#field-voertuig-1-kenteken").write("d123bc", 0);
        robot.clickOn("#field-vluchtrichting");
        FxSettle.settle();
        assertEquals("D-123-BC", robot.lookup("#field-voertuig-1-kenteken").queryAs(TextField.class).getText());

        robot.clickOn("#remove-voertuig-1");
        FxSettle.settle();
        assertFalse(robot.lookup("#add-voertuig").query().isDisabled());
    }

    @Test
    void requiredEmptyFieldIsDecorated(FxRobot robot) {
        FxSettle.settle();
        TextField location = robot.lookup("#field-locatie").queryAs(TextField.class);
        assertTrue(location.getStyleClass().contains("error"));
        robot.clickOn(location).write("Dorpsstraat", 0);
        FxSettle.settle();
        assertFalse(location.getStyleClass().contains("error"));
    }

    private static String previewText(FxRobot robot) {
        TextFlow flow = robot.lookup("#previewText").queryAs(TextFlow.class);
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    /** A picture of the window for a human look, in target/ui-snapshots (Monocle renders in software). */
    private void snapshot(String name) throws Exception {
        nl.meldtafel.ui.UiSnapshots.save(scene, name);
        assertEquals(java.util.List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(scene), "no label or button cut off in " + name);
    }
}

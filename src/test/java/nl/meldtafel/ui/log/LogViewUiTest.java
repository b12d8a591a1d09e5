package nl.meldtafel.ui.log;

import nl.meldtafel.ui.FxSettle;
import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxDeskExtension.class)
class LogViewUiTest {

    private Stage stage;
    private Scene scene;
    private LogFixture log;
    private FxTaskRunner runner;
    private LogViewModel model;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            this.stage = window.stage();
            // Shown at full size from the start: a stage shown empty and given a scene later stays too small for clicks.
            scene = window.show(new Pane());
        });
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (runner != null) {
            runner.close();
        }
        if (log != null) {
            log.close();
        }
    }

    @Test
    void searchSelectAndCopyAgainGivesTheStoredText(FxRobot robot) throws Exception {
        log = new LogFixture();
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        String roofText = LogFixture.heterdaadText("Straatroof", "Stationsplein");
        long roof = log.sent(LogFixture.heterdaad(roofText), log.piet);
        log.sent(LogFixture.vermissing("*VERMISSING*\nJan (82), grijze jas." + LogFixture.NOTICE), log.jan);
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() == 3);

        robot.clickOn("#logSearch").write("stationsplein", 0);

        waitUntil(() -> settled("stationsplein") && table(robot).getItems().size() == 1);
        assertEquals(roof, table(robot).getItems().get(0).id());

        selectRow(robot, 0);

        TextArea raw = robot.lookup("#logRawText").queryAs(TextArea.class);
        waitUntil(() -> roofText.equals(raw.getText()));
        LogDetailView detail = robot.lookup(".log-detail").queryAs(LogDetailView.class);
        assertEquals(roofText.replace("*", "").replace("_", ""), detail.renderedText());
        assertEquals("Heterdaad #" + roof, robot.lookup("#logDetailHeading").queryAs(Label.class).getText());

        robot.interact(() -> FxClipboard.putText("iets anders"));
        robot.clickOn("#logCopyAgain");
        FxSettle.settle();

        assertEquals(roofText, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertFalse(robot.lookup("#logNotice").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void keyboardFindsClearsAndCopies(FxRobot robot) throws Exception {
        log = new LogFixture();
        String text = LogFixture.heterdaadText("Overval", "Kerkplein");
        log.sent(LogFixture.heterdaad(text), log.jan);
        log.sent(LogFixture.getuigenoproep("*GETUIGENOPROEP*\nWie zag het?" + LogFixture.NOTICE), log.jan);
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(robot.lookup("#logSearch").query().isFocused());
        robot.write("kerkpl", 0);
        waitUntil(() -> settled("kerkpl") && table(robot).getItems().size() == 1);
        robot.type(KeyCode.ESCAPE);
        assertEquals("", robot.lookup("#logSearch").queryAs(TextField.class).getText());
        waitUntil(() -> settled("") && table(robot).getItems().size() == 2);

        selectRow(robot, 1);
        waitUntil(() -> text.equals(robot.lookup("#logRawText").queryAs(TextArea.class).getText()));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.C).release(KeyCode.C, KeyCode.SHIFT, KeyCode.CONTROL);
        FxSettle.settle();

        assertEquals(text, WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
    }

    @Test
    void typingPartOfACompoundWordFindsItAndAMissSaysWhatToTry(FxRobot robot) throws Exception {
        log = new LogFixture();
        long inbraak = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.piet);
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);

        robot.clickOn("#logSearch").write("inbraak", 0);

        waitUntil(() -> settled("inbraak") && table(robot).getItems().size() == 1);
        assertEquals(inbraak, table(robot).getItems().get(0).id());
        assertTrue(table(robot).getItems().get(0).summary().contains("Woninginbraak"));

        robot.write("en", 0); // "inbraaken": an inflection the text does not hold
        waitUntil(() -> settled("inbraaken") && table(robot).getItems().isEmpty());
        waitUntil(() -> robot.lookup("#logPlaceholder").tryQuery().isPresent());
        Label placeholder = robot.lookup("#logPlaceholder").queryAs(Label.class);
        waitUntil(() -> placeholder.getText().contains("zoals „inbra“") && isShowing(placeholder));
    }

    @Test
    void emptyLogSaysWhereMessagesWillAppear(FxRobot robot) throws Exception {
        log = new LogFixture();
        mount(robot);
        Label placeholder = robot.lookup("#logPlaceholder").queryAs(Label.class);

        waitUntil(() -> placeholder.getText().startsWith("Nog geen berichten."));
        assertTrue(placeholder.isVisible());
    }

    @Test
    void scrollingDownLoadsTheNextPage(FxRobot robot) throws Exception {
        log = new LogFixture();
        for (int i = 0; i < 130; i++) {
            log.sent(LogFixture.getuigenoproep("Oproep " + i + LogFixture.NOTICE), log.jan);
        }
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() == LogViewModel.PAGE_SIZE);

        robot.interact(() -> table(robot).scrollTo(LogViewModel.PAGE_SIZE - 1));

        // The next page may fetch the one after at once (its first rows are near the end too).
        waitUntil(() -> table(robot).getItems().size() >= 2 * LogViewModel.PAGE_SIZE);
        robot.interact(() -> table(robot).scrollTo(table(robot).getItems().size() - 1));
        waitUntil(() -> table(robot).getItems().size() == 130);
    }

    /** A picture for a human look at the layout: target/ui-snapshots/logboek.png. */
    @Test
    void snapshotOfADemoDay(FxRobot robot) throws Exception {
        log = new LogFixture();
        log.demoDay();
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() > 20);
        selectRow(robot, 4);
        waitUntil(() -> !robot.lookup("#logRawText").queryAs(TextArea.class).getText().isEmpty());
        robot.moveTo("#logSearch");
        FxSettle.settle();

        save("logboek.png");
        assertEquals(List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(scene), "no label or button cut off");
        assertTrue(robot.lookup("#logDetailMeta").queryAs(javafx.scene.control.Label.class).getText().startsWith("Door "),
                "the sender line is shown");
    }

    private void save(String name) throws Exception {
        nl.meldtafel.ui.UiSnapshots.save(scene, name);
    }

    /** The debounced search has reached the model and its query has answered (call on the FX thread). */
    private boolean settled(String search) {
        return model.searchTextProperty().get().equals(search) && !model.loadingProperty().get();
    }

    private void mount(FxRobot robot) {
        runner = new FxTaskRunner();
        robot.interact(() -> {
            model = new LogViewModel(log.service, log.officers, runner,
                    FxClipboard::putText, LogFixture.ZONE, log.clock);
            LogView view = new LogView(model);
            scene.setRoot(view);
        });
        FxSettle.settle();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LogRow> table(FxRobot robot) {
        return robot.lookup("#logTable").queryAs(TableView.class);
    }

    /**
     * Clicks the row; under a busy headless run a click that lands while the table re-lays out its
     * rows is sometimes lost, so then the row is selected through the table, as the keyboard would.
     */
    private static void selectRow(FxRobot robot, int index) throws Exception {
        // The items can be in before the next pulse has laid out their row cells.
        waitUntil(() -> robot.lookup("#logTable .table-row-cell")
                .match((TableRow<?> r) -> r.getIndex() == index && !r.isEmpty() && isShowing(r)).tryQuery().isPresent());
        robot.clickOn(row(robot, index));
        FxSettle.settle();
        try {
            waitUntil(2, () -> table(robot).getSelectionModel().getSelectedIndex() == index);
        } catch (TimeoutException e) {
            robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(index));
        }
    }

    /** The row showing item {@code index}, for a real click. */
    private static Node row(FxRobot robot, int index) {
        return robot.lookup("#logTable .table-row-cell").match((TableRow<?> r) -> r.getIndex() == index && !r.isEmpty() && isShowing(r)).query();
    }

    /** Visible up to the root: the table also keeps hidden rows for measuring and reuse. */
    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}

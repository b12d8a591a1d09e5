package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.message.PoliceNotice;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.log.LogRow;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.officer.LastOfficerSetting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The desk as the app wires it (real background runner, real database and drafts in a temporary folder,
 * the system clipboard, the Logboek), driven through the keyboard and mouse. Fills what the narrower
 * tests leave out: {@link AlertLifeUiTest} (afloop from the Opvolging row), {@link OverdueStartUiTest}
 * (prompt at start), ComposeViewUiTest (compose over an in-memory sink) and LogViewUiTest (search).
 */
@ExtendWith(FxDeskExtension.class)
class DeskEndToEndUiTest {

    @TempDir
    Path folder;
    private Stage stage;
    private Scene scene;
    private FxTaskRunner runner;
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            this.stage = window.stage();
            // Within Monocle's default 1280x800 headless screen.
            scene = window.show(new Pane());
            openDesk();
        });
    }

    /** A new desk over {@link #folder}, as a restart of the app would make it. Call on the FX thread. */
    private void openDesk() {
        runner = new FxTaskRunner();
        FxTaskRunner deskRunner = runner;
        fixture = new DeskFixture(folder, deskRunner, FxClipboard::putText);
        fixture.desk.officers().assumeLastOfficer(new LastOfficerSetting(SettingsSaver.open(folder)).officer()); // as MeldtafelApp.init does
        scene.setRoot(new DeskView(fixture.desk, DeskFixture.ZONE));
        fixture.desk.start();
    }

    @AfterEach
    void close() throws InterruptedException {
        runner.close();
        fixture.close();
    }

    @Test
    void heterdaadWithTwoSuspectsAndAVehicleIsLoggedPromptedAndClosedByItsAfloopbericht(FxRobot robot) throws Exception {
        // The officer question comes once the database is open.
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        robot.clickOn("#officerName").write("J. de Vries", 0);
        robot.clickOn("#officerNumber").write("123456", 0);
        robot.clickOn("#addOfficer");
        waitUntil(() -> robot.lookup("#officerStatus").queryAs(Labeled.class).getText().equals("Agent: J. de Vries (123456)"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> "Heterdaad".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        fill(robot, "#field-delict", "Straatroof");
        fill(robot, "#field-locatie", "Stationsplein");
        click(robot, "#add-verdachten");
        fill(robot, "#field-verdachten-1-geslacht", "man");
        fill(robot, "#field-verdachten-1-kleding", "donkere jas");
        click(robot, "#add-verdachten");
        fill(robot, "#field-verdachten-2-geslacht", "vrouw");
        fill(robot, "#field-verdachten-2-kleding", "rode sjaal");
        click(robot, "#add-voertuig");
        fill(robot, "#field-voertuig-1-soort", "scooter");
        fill(robot, "#field-voertuig-1-kenteken", "d123bc");
        fill(robot, "#field-vluchtrichting", "station");
        FxSettle.settle();
        assertEquals("D-123-BC", robot.lookup("#field-voertuig-1-kenteken").queryAs(TextField.class).getText(),
                "the plate is normalised on leaving the field");

        String shown = previewText(robot);
        String notice = PoliceNotice.TEXT.replace("_", "");
        for (String expected : List.of("Straatroof – Stationsplein (14.32 uur)", "Kijk uit naar een man en een vrouw:",
                "1. man, donkere jas", "2. vrouw, rode sjaal", "Voertuig: scooter, kenteken D-123-BC",
                "Gevlucht richting station.", notice)) {
            assertTrue(shown.contains(expected), () -> "preview lacks '" + expected + "':\n" + shown);
        }
        assertTrue(shown.endsWith(notice), shown);
        String preview = WaitForAsyncUtils.asyncFx(() -> fixture.compose.resultProperty().get().preview()).get();

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#confirmationBar"));
        String clipboard = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertEquals(preview, clipboard, "exactly the previewed text is copied");
        assertTrue(clipboard.endsWith(PoliceNotice.TEXT), clipboard);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Vastgelegd om 14.32, afloopbericht verwacht om 15.32"
                .equals(robot.lookup("#recordedLabel").queryAs(Label.class).getText()));
        Alert sent = fixture.storage.alertService().find(1).orElseThrow();
        assertEquals(clipboard, sent.text());

        robot.clickOn("#navLog");
        waitUntil(() -> table(robot).getItems().size() == 1);
        LogRow logged = WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().get(0)).get();
        assertEquals("Heterdaad", logged.kind());
        assertTrue(logged.summary().contains("Straatroof"), logged.summary());

        robot.clickOn("#navFollowUp");
        waitUntil(() -> robot.lookup("#followUp-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#followUp-1 .overdue-mark").tryQuery().isEmpty(), "not due yet");
        assertEquals("1", robot.lookup("#followUpBadge").queryAs(Label.class).getText());

        // Past the due time; the app's 30 s timeline calls this refresh.
        fixture.clock.advance(Duration.ofMinutes(61));
        robot.interact(() -> fixture.desk.followUp().refresh());
        waitUntil(() -> "1 open, 1 te laat".equals(robot.lookup("#followUpBadge").queryAs(Label.class).getText()));
        waitUntil(() -> promptButton(robot, "Afloopbericht").isPresent());
        assertTrue(robot.lookup(".label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "Afloopbericht nodig: Heterdaad".equals(l.getText()) && inNotification(l)), "the prompt says what is due");
        robot.clickOn(promptButton(robot, "Afloopbericht").orElseThrow());

        waitUntil(() -> "Afloopbericht".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        Node uitkomst = robot.lookup("#field-uitkomst").query();
        waitUntil(() -> isWithin(scene.getFocusOwner(), uitkomst));
        assertTrue(visible(robot, "#linkBanner"));
        assertEquals("straatroof, Stationsplein (14.32 uur)",
                robot.lookup("#field-referentie").queryAs(TextField.class).getText());
        robot.clickOn("#field-uitkomst").write("Twee verdachten aangehouden", 0);
        FxSettle.settle();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#confirmationBar"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !visible(robot, "#confirmationBar"));
        waitUntil(() -> fixture.storage.alertService().find(1).orElseThrow().status() == AlertStatus.CLOSED);

        Alert original = fixture.storage.alertService().find(1).orElseThrow();
        assertEquals(2L, original.closure().byAlertId());
        assertTrue(promptButton(robot, "Afloopbericht").isEmpty(), "the prompt is gone");

        robot.clickOn("#navLog");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertEquals(List.of("Afloopbericht", "Heterdaad"),
                WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().stream().map(LogRow::kind).toList()).get());
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(1));
        waitUntil(() -> robot.lookup("#logChain .hyperlink").queryAllAs(Hyperlink.class).size() == 2);
        List<String> chain = robot.lookup("#logChain .hyperlink").queryAllAs(Hyperlink.class).stream()
                .map(Hyperlink::getText).sorted().toList();
        assertTrue(chain.get(0).startsWith("Afloopbericht – "), chain.toString());
        assertTrue(chain.get(1).startsWith("Melding – "), chain.toString());
        assertTrue(robot.lookup("#logClosure").queryAs(Labeled.class).getText().startsWith("Gesloten door het afloopbericht"),
                robot.lookup("#logClosure").queryAs(Labeled.class).getText());
    }

    @Test
    void missingRequiredFieldBlocksCopyingAndIsMarked(FxRobot robot) throws Exception {
        signIn(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#field-delict").write("Overval", 0);
        FxSettle.settle();
        robot.interact(() -> FxClipboard.putText("iets anders"));

        assertTrue(robot.lookup("#copyButton").query().isDisabled());
        assertTrue(robot.lookup("#field-locatie").query().getStyleClass().contains("error"), "the empty Locatie is marked");
        assertFalse(robot.lookup("#field-delict").query().getStyleClass().contains("error"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxSettle.settle();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS); // a background record would have answered by now

        assertFalse(visible(robot, "#confirmationBar"));
        assertEquals("iets anders", WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get());
        assertTrue(fixture.storage.alertService().find(1).isEmpty(), "nothing recorded");
    }

    @Test
    void laterLeavesTheAlertUnconfirmedInOpvolgingAndTheLog(FxRobot robot) throws Exception {
        signIn(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#field-delict").write("Overval", 0);
        robot.clickOn("#field-locatie").write("Kerkplein", 0);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#confirmationBar"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> visible(robot, "#unconfirmedList"));

        assertEquals(AlertStatus.PENDING, fixture.storage.alertService().find(1).orElseThrow().status());
        robot.clickOn("#navFollowUp");
        waitUntil(() -> visible(robot, "#followUpUnconfirmed"));
        assertTrue(visible(robot, "#followUpEmpty"), "not open: nothing to follow up until it is confirmed");
        assertTrue(robot.lookup("#followUpUnconfirmed .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Heterdaad")), "listed under Nog niet bevestigd");

        robot.clickOn("#navLog");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertEquals("Niet bevestigd", WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().get(0).status()).get());
    }

    @Test
    void draftSurvivesARestart(FxRobot robot) throws Exception {
        signIn(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        robot.clickOn("#field-delict").write("Woninginbraak", 0);
        robot.clickOn("#field-locatie").write("Dorpsstraat", 0);
        robot.clickOn("#field-toelichting").write("Via de achterdeur", 0);
        FxSettle.settle();

        // Closing the window: the app saves the drafts, waits for the runner and closes the database.
        robot.interact(() -> fixture.compose.saveDrafts());
        runner.close();
        fixture.close();
        robot.interact(this::openDesk);

        waitUntil(() -> robot.lookup("#field-locatie").tryQuery().isPresent()
                && "Dorpsstraat".equals(robot.lookup("#field-locatie").queryAs(TextField.class).getText()));
        assertEquals("Heterdaad", robot.lookup("#composeTitle").queryAs(Label.class).getText());
        assertEquals("Via de achterdeur", robot.lookup("#field-toelichting").queryAs(javafx.scene.control.TextInputControl.class).getText());
        assertTrue(previewText(robot).contains("Woninginbraak – Dorpsstraat (14.32 uur)"), previewText(robot));
    }

    @Test
    void draftsJsonOfAnEarlierVersionOpensForItsOfficerFromTheDatabaseAndIsDeleted(FxRobot robot) throws Exception {
        signIn(robot);
        long jan = fixture.compose.officerProperty().get().id();
        runner.close();
        fixture.close();
        // What the previous version (FileDraftStore) left in the data folder, next to officer.json.
        Files.writeString(folder.resolve("drafts.json"), """
                {
                  "selected" : "vermissing",
                  "forms" : {
                    "heterdaad" : {
                      "delict" : "Woninginbraak",
                      "locatie" : "Dorpsstraat"
                    },
                    "vermissing" : {
                      "toestemming" : true,
                      "naam" : "Kees van Dijk",
                      "laatst_gezien_plaats" : "Kerkplein"
                    }
                  },
                  "links" : { }
                }""");

        robot.interact(this::openDesk);

        waitUntil(() -> robot.lookup("#field-naam").tryQuery().isPresent()
                && "Kees van Dijk".equals(robot.lookup("#field-naam").queryAs(TextInputControl.class).getText()));
        assertEquals("Vermissing", robot.lookup("#composeTitle").queryAs(Label.class).getText(), "the form that was open");
        assertEquals("Kerkplein", robot.lookup("#field-laatst_gezien_plaats").queryAs(TextInputControl.class).getText());
        assertFalse(Files.exists(folder.resolve("drafts.json")), "imported once, then deleted");
        assertTrue(fixture.storage.drafts().find(jan, "vermissing").orElseThrow().valuesJson().contains("Kees van Dijk"));
        assertTrue(fixture.storage.drafts().find(jan, "heterdaad").isPresent());

        // The drafts are J. de Vries's: another officer at the desk gets an empty form.
        robot.interact(() -> TestDesk.signIn(fixture.desk, "P. Jansen", "654321"));
        waitUntil(() -> "".equals(robot.lookup("#field-naam").queryAs(TextInputControl.class).getText()));
        assertTrue(fixture.storage.drafts().find(jan, "vermissing").isPresent());
    }

    @Test
    void vermissingNameWithoutConsentIsNeverSent(FxRobot robot) throws Exception {
        signIn(robot);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> "Vermissing".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        click(robot, "#field-toestemming");
        fill(robot, "#field-naam", "Kees van Dijk");
        fill(robot, "#field-geslacht", "man");
        fill(robot, "#field-leeftijd", "84");
        fill(robot, "#field-laatst_gezien_plaats", "Kerkplein");
        fill(robot, "#field-aanspreken", "nee, niet aanspreken");
        FxSettle.settle();
        assertTrue(previewText(robot).contains("Kees van Dijk"), "with consent the name is shown");

        click(robot, "#field-toestemming"); // the family withdraws consent
        FxSettle.settle();
        assertTrue(robot.lookup("#field-naam").query().isDisabled());
        assertFalse(previewText(robot).contains("Kees"), previewText(robot));

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> visible(robot, "#confirmationBar"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !visible(robot, "#confirmationBar"));

        String clipboard = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertFalse(clipboard.contains("Kees"), clipboard);
        Alert sent = fixture.storage.alertService().find(1).orElseThrow();
        assertFalse(sent.text().contains("Kees"), sent.text());
        assertFalse(sent.valuesJson().contains("Kees"), sent.valuesJson());
    }

    // Logboek search by a word of the text: LogViewUiTest.searchSelectAndCopyAgainGivesTheStoredText.

    /** Scrolls the form so the field shows (the form is taller than the window), then clicks it and types. */
    private static void fill(FxRobot robot, String query, String text) {
        click(robot, query);
        robot.write(text, 0);
    }

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

    private void signIn(FxRobot robot) throws TimeoutException {
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        robot.interact(() -> TestDesk.signIn(fixture.desk, "J. de Vries", "123456"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty() && fixture.compose.officerProperty().get() != null);
    }

    /** A button of a showing due notification (a window of its own, not the desk). */
    private Optional<Button> promptButton(FxRobot robot, String text) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> text.equals(b.getText()) && b.isVisible() && inNotification(b)).findFirst()).get();
    }

    /** The reminder lines above the status bar, inside the main window (never a popup that could take keys). */
    private boolean inNotification(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if ("dueReminders".equals(n.getId())) {
                return n.getScene() == scene;
            }
        }
        return false;
    }

    private static boolean isWithin(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private static String previewText(FxRobot robot) {
        TextFlow flow = robot.lookup("#previewText").queryAs(TextFlow.class);
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @SuppressWarnings("unchecked")
    private static TableView<LogRow> table(FxRobot robot) {
        return robot.lookup("#logTable").queryAs(TableView.class);
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }
}

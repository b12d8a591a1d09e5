package nl.meldtafel.ui.log;

import nl.meldtafel.ui.FxSettle;
import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.settings.SettingsView;
import nl.meldtafel.ui.settings.SettingsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

/** The teamchef sets a retention period in Instellingen, and puts a hold on an alert from the Logboek. */
@ExtendWith(FxDeskExtension.class)
class RetentionUiTest {

    @TempDir
    Path dir;
    private Scene scene;
    private LogFixture log;
    private FxTaskRunner runner;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
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

    /** Instellingen: a second place for the chain anchor is checked, saved, and gets the head at once (on disk: it is the log's anchor). */
    @Test
    void aSecondAnchorPlaceIsCheckedSavedAndGetsTheHeadAtOnce(FxRobot robot) throws Exception {
        log = new LogFixture(dir);
        log.sent(LogFixture.heterdaad("Inbraak Dorpsstraat"), log.jan);
        runner = new FxTaskRunner();
        Path share = Files.createDirectory(dir.resolve("teamschijf"));
        robot.interact(() -> {
            SettingsViewModel model = new SettingsViewModel(runner, log.retention, () -> log.jan)
                    .useAnchorPlace(new nl.meldtafel.ui.settings.AnchorPlaceViewModel(runner,
                            log.storage.anchors()::secondPlace, log.storage::useSecondAnchorPlace));
            scene.setRoot(new SettingsView(model));
            model.anchorPlace().load();
        });
        // the section sits at the bottom of Instellingen: scrolled to, as an officer would
        robot.interact(() -> ((javafx.scene.control.ScrollPane) scene.getRoot()).setVvalue(1));
        FxSettle.settle();
        Label notice = robot.lookup("#anchorPlaceNotice").queryAs(Label.class);

        robot.clickOn("#anchorPlaceField").write(dir.resolve("bestaat-niet").toString(), 0);
        robot.clickOn("#anchorPlaceSave");
        waitUntil(() -> notice.getText().startsWith("In "));
        assertTrue(notice.getText().contains("kan deze meldtafel niet schrijven"), notice.getText());
        assertTrue(log.storage.anchors().secondPlace().isEmpty(), "nothing saved");

        robot.clickOn("#anchorPlaceField").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(share.toString(), 0).type(KeyCode.ENTER);
        try {
            waitUntil(() -> notice.getText().startsWith("Opgeslagen"));
        } catch (TimeoutException e) {
            throw new AssertionError("notice: " + notice.getText(), e);
        }
        assertEquals(share.toAbsolutePath(), log.storage.anchors().secondPlace().orElseThrow());
        String anchors = Files.readString(share.resolve(nl.meldtafel.store.ChainAnchors.FILE));
        assertTrue(anchors.contains(" " + log.storage.audit().head().orElseThrow().seq() + " "
                + log.storage.audit().head().orElseThrow().hash()), anchors);
    }

    @Test
    void settingARetentionPeriodIsValidatedAndSaved(FxRobot robot) throws Exception {
        log = new LogFixture();
        runner = new FxTaskRunner();
        robot.interact(() -> {
            SettingsViewModel model = new SettingsViewModel(runner, log.retention, () -> log.jan);
            scene.setRoot(new SettingsView(model));
            model.load();
        });
        TextField vermissing = robot.lookup("#retentionDays-vermissing").queryAs(TextField.class);
        waitUntil(() -> "7".equals(vermissing.getText()));
        assertEquals("28", robot.lookup("#retentionDays-heterdaad").queryAs(TextField.class).getText());

        robot.doubleClickOn(vermissing).eraseText(3).write("0", 0);
        robot.clickOn("#settingsSave");
        FxSettle.settle();
        assertEquals("Kies een heel getal van 1 tot en met 365 dagen.",
                robot.lookup("#retentionProblem-vermissing").queryAs(Label.class).getText());
        assertEquals(7, log.retention.policy().daysFor(MessageKind.VERMISSING), "nothing saved");

        robot.doubleClickOn(vermissing).eraseText(3).write("14", 0);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> "Bewaartermijnen opgeslagen.".equals(robot.lookup("#settingsNotice").queryAs(Label.class).getText()));
        assertEquals("", robot.lookup("#retentionProblem-vermissing").queryAs(Label.class).getText());
        assertEquals(14, log.retention.policy().daysFor(MessageKind.VERMISSING));
        assertTrue(robot.lookup("#retentionDays-afloopbericht").tryQuery().isEmpty(),
                "an afloopbericht follows the alert it closes, it has no period of its own");
    }

    @Test
    void placingAHoldInTheLogboekShowsItThereAndInInstellingen(FxRobot robot) throws Exception {
        log = new LogFixture();
        long id = log.sent(LogFixture.vermissing("*VERMISSING*\nJan (82), grijze jas." + LogFixture.NOTICE), log.jan);
        LogViewModel model = mountLog(robot);
        selectFirst(robot, model);
        waitUntil(() -> robot.lookup("#logHold").queryAs(Button.class).isVisible());
        assertFalse(robot.lookup("#logRetention").queryAs(Label.class).isVisible());

        robot.clickOn("#logHold");
        FxSettle.settle();
        assertTrue(robot.lookup("#holdConfirm").queryAs(Button.class).isDisabled(), "a reason is required");
        assertEquals("Geef een reden, bijvoorbeeld het zaaknummer of het onderzoek.",
                robot.lookup("#holdProblem").queryAs(Label.class).getText());
        robot.clickOn("#holdReason").write("Zaak 2026-118, recherche", 0);
        robot.clickOn("#holdConfirm");

        Label shown = robot.lookup("#logRetention").queryAs(Label.class);
        waitUntil(() -> shown.isVisible() && shown.getText().startsWith("Bewaard op verzoek tot "));
        assertTrue(shown.getText().contains("Zaak 2026-118, recherche (door J. de Vries)"), shown.getText());
        List<Hold> holds = log.retention.holdsOf(id);
        assertEquals(1, holds.size());
        assertEquals(LocalDate.of(2026, 11, 23).plusDays(90), holds.get(0).until());
        assertEquals(log.jan.officer().id(), holds.get(0).placedBy());

        SettingsViewModel settings = new SettingsViewModel(runner, log.retention, () -> log.jan);
        robot.interact(() -> {
            scene.setRoot(new SettingsView(settings));
            settings.load();
        });
        @SuppressWarnings("unchecked")
        TableView<SettingsViewModel.HoldItem> table = robot.lookup("#holdsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        assertEquals("Loopt", table.getItems().get(0).state());
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#holdLift");
        waitUntil(() -> "Opgeheven".equals(table.getItems().get(0).state()));
        assertFalse(log.retention.holdsOf(id).get(0).activeOn(LocalDate.of(2026, 11, 24)));
    }

    /** On a real log: redaction is the stored log's own. */
    @Test
    void aRedactedAlertSaysWhenItsContentWasRemoved(FxRobot robot) throws Exception {
        log = new LogFixture(dir);
        long id = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        log.service.closeWithReason(id, CloseCategory.LOOS_ALARM, "Loos alarm", log.jan);
        log.clock.advance(Duration.ofDays(29));
        log.retention.run();
        LogViewModel model = mountLog(robot);

        selectFirst(robot, model);

        String expected = "Inhoud verwijderd na bewaartermijn (22-12-2026)";
        waitUntil(() -> expected.equals(robot.lookup("#logRawText").queryAs(TextArea.class).getText()));
        assertEquals(expected, robot.lookup(".log-detail").queryAs(LogDetailView.class).renderedText());
        assertEquals(expected, robot.lookup("#logRetention").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#logClosure").queryAs(javafx.scene.control.Labeled.class).getText()
                .endsWith("Categorie: Loos alarm / geen strafbaar feit (toelichting verwijderd na de bewaartermijn)."),
                "the category is kept");
        assertFalse(robot.lookup("#logHold").queryAs(Button.class).isVisible(), "nothing left to keep");
        assertTrue(robot.lookup("#logCopyAgain").queryAs(Button.class).isDisabled());
    }

    /** A picture of Instellingen (the headless screen is 1280 wide) with a hold: target/ui-snapshots/instellingen.png. */
    @Test
    void snapshotOfInstellingen(FxRobot robot) throws Exception {
        log = new LogFixture();
        long id = log.sent(LogFixture.vermissing("*VERMISSING*\nJan (82)." + LogFixture.NOTICE), log.jan);
        log.retention.placeHold(id, "Zaak 2026-118, onderzoek recherche", LocalDate.of(2027, 2, 1), log.jan);
        runner = new FxTaskRunner();
        SettingsViewModel settings = new SettingsViewModel(runner, log.retention, () -> log.jan);
        robot.interact(() -> {
            scene.setRoot(new SettingsView(settings));
            settings.load();
        });
        @SuppressWarnings("unchecked")
        TableView<SettingsViewModel.HoldItem> table = robot.lookup("#holdsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        FxSettle.settle();
        nl.meldtafel.ui.UiSnapshots.save(scene, "instellingen.png");
        assertEquals(List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(scene), "no label or button cut off");
        assertTrue(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("Zaak 2026-118")) || table.getItems().get(0).toString().contains("Zaak"),
                "the hold and its reason are shown");
    }

    private LogViewModel mountLog(FxRobot robot) {
        runner = new FxTaskRunner();
        LogViewModel[] made = new LogViewModel[1];
        robot.interact(() -> {
            made[0] = new LogViewModel(log.service, log.officers, runner,
                    FxClipboard::putText, LogFixture.ZONE, log.clock);
            made[0].useRetention(log.retention, () -> log.jan);
            scene.setRoot(new LogView(made[0]));
        });
        FxSettle.settle();
        return made[0];
    }

    @SuppressWarnings("unchecked")
    private static void selectFirst(FxRobot robot, LogViewModel model) throws TimeoutException {
        TableView<LogRow> table = robot.lookup("#logTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.interact(() -> table.getSelectionModel().clearAndSelect(0));
        waitUntil(() -> model.detailProperty().get() != null);
    }
}

package nl.meldtafel.ui.desk;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.message.PoliceNotice;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.log.LogRow;
import nl.meldtafel.ui.log.LogViewModel;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The weekoverzicht at the desk: filled from a real log for last week, copied, and logged as a weekoverzicht. */
@ExtendWith(FxDeskExtension.class)
class WeeklyOverviewUiTest {

    private static final FollowUpPolicy AWAITS = new FollowUpPolicy(true, Duration.ofMinutes(60), null);

    @TempDir
    Path folder;
    private FxTaskRunner runner;
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            Scene scene = window.show(new Pane());
            runner = new FxTaskRunner();
            FxTaskRunner deskRunner = runner;
            fixture = new DeskFixture(folder, deskRunner, FxClipboard::putText);
            DeskFixture deskFixture = fixture;
            fixture.desk.setLogFactory(() -> new LogViewModel(fixture.storage.alertService(), fixture.storage.officers(),
                    deskRunner, FxClipboard::putText, DeskFixture.ZONE, deskFixture.clock));
            scene.setRoot(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
        });
    }

    @AfterEach
    void close() throws InterruptedException {
        runner.close();
        fixture.close();
    }

    @Test
    void lastWeeksCountsAreFilledCopiedAndLoggedAsAWeekoverzicht(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent());
        robot.interact(() -> TestDesk.signIn(fixture.desk, "J. de Vries", "123456"));
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty() && fixture.compose.officerProperty().get() != null);
        seedLastWeek();

        robot.clickOn("#template-weekoverzicht");
        waitUntil(() -> "Weekoverzicht".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#weeklyFillBar").query().isVisible());
        assertEquals("Vorige week: week 47 (16 t/m 22 november 2026)",
                robot.lookup("#weeklyPreviousWeek").queryAs(javafx.scene.control.RadioButton.class).getText());
        assertTrue(robot.lookup("#copyButton").query().isDisabled(), "nothing to send before filling");

        robot.clickOn("#weeklyFill");
        waitUntil(() -> !text(robot, "#field-overzicht").isBlank());

        assertEquals("week 47 (16 t/m 22 november)", text(robot, "#field-periode"));
        assertEquals("""
                Er gingen 3 berichten uit: 1 heterdaadbericht, 1 vermissing en 1 getuigenoproep.
                Zo liep het af:
                - 1 heterdaadbericht leidde tot een aanhouding.
                - 1 vermiste persoon is teruggevonden.""", text(robot, "#field-overzicht"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#confirmationBar").query().isVisible());
        String clipboard = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get();
        assertTrue(clipboard.contains("Er gingen 3 berichten uit: 1 heterdaadbericht, 1 vermissing en 1 getuigenoproep."),
                clipboard);
        assertTrue(clipboard.endsWith(PoliceNotice.TEXT), clipboard);
        for (String personal : List.of("Dorpsstraat", "XK-123-B", "Jan Jansen", "Truus", "Kerkstraat")) {
            assertFalse(clipboard.contains(personal), personal + " in\n" + clipboard);
        }
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#confirmationBar").query().isVisible());

        Alert logged = fixture.storage.alertService().find(7).orElseThrow();
        assertEquals(MessageKind.WEEKOVERZICHT, logged.kind());
        assertEquals(AlertStatus.SENT, logged.status());
        assertFalse(logged.isOpen(), "an overview waits for no afloopbericht");
        assertEquals(clipboard, logged.text());
        robot.clickOn("#navLog");
        waitUntil(() -> table(robot).getItems().size() == 7);
        assertEquals("Weekoverzicht", WaitForAsyncUtils.asyncFx(() -> table(robot).getItems().get(0).kind()).get());
    }

    /** Last week: a heterdaad ending in an arrest, a vermissing found, a getuigenoproep; this week one more heterdaad. */
    private void seedLastWeek() {
        AlertService service = fixture.storage.alertService();
        Actor officer = new Actor(fixture.storage.officers().register("P. Jansen", "654321"), "desk");
        Instant now = fixture.clock.instant();
        fixture.clock.set(LocalDateTime.of(2026, 11, 17, 2, 10).atZone(DeskFixture.ZONE).toInstant());
        long heterdaad = send(service, officer, MessageKind.HETERDAAD, "{\"locatie\":\"Dorpsstraat\",\"kenteken\":\"XK-123-B\"}",
                null, AWAITS);
        fixture.clock.advance(Duration.ofMinutes(45));
        send(service, officer, MessageKind.AFLOOPBERICHT, "{\"uitkomst\":\"Aangehouden\",\"toelichting\":\"Jan Jansen\"}",
                heterdaad, FollowUpPolicy.NONE);
        fixture.clock.set(LocalDateTime.of(2026, 11, 20, 18, 0).atZone(DeskFixture.ZONE).toInstant());
        long vermissing = send(service, officer, MessageKind.VERMISSING, "{\"naam\":\"Truus de Boer\"}", null, AWAITS);
        send(service, officer, MessageKind.AFLOOPBERICHT, "{\"uitkomst\":\"Persoon aangetroffen\"}", vermissing,
                FollowUpPolicy.NONE);
        send(service, officer, MessageKind.GETUIGENOPROEP, "{\"wat\":\"Inbraak\"}", null, FollowUpPolicy.NONE);
        fixture.clock.set(now);
        send(service, officer, MessageKind.HETERDAAD, "{\"locatie\":\"Kerkstraat\"}", null, AWAITS);
    }

    private static long send(AlertService service, Actor officer, MessageKind kind, String values, Long parent,
                             FollowUpPolicy followUp) {
        long id = service.recordPending(new NewAlert(kind, kind.jsonName(), "hash", values, "tekst " + values, parent,
                followUp, List.of()), officer);
        service.confirmSent(id, officer);
        return id;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableView<LogRow> table(FxRobot robot) {
        return robot.lookup("#logTable").queryAs(TableView.class);
    }
}

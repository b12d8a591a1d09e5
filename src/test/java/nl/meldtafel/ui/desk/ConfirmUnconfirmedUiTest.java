package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A colleague's alert waits under "Nog niet bevestigd". No stray key confirms it: its buttons are not
 * in the Tab cycle, and confirming asks first, naming the alert and who copied it (Enter cancels).
 */
@ExtendWith(FxDeskExtension.class)
class ConfirmUnconfirmedUiTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder);
            try (Storage storage = Storage.open(folder, fixture.clock)) {
                Actor piet = new Actor(storage.officers().register("Piet Pieters", "222222"), "test");
                storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h",
                        "{\"delict\":\"Overval\",\"locatie\":\"Kerkplein\"}", "*HETERDAAD*\nOverval om 14.30 uur: Kerkplein.", null,
                        new FollowUpPolicy(true, Duration.ofMinutes(60), null), List.of()), piet);
            }
            window.show(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
            TestDesk.signIn(fixture.desk, "Jan Jansen", "111111");
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void strayKeysNeverConfirmAndConfirmingAsksWithSummaryAndSender(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#confirmUnconfirmed-1").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(!robot.lookup("#confirmUnconfirmed-1").query().isFocusTraversable(), "not in the form's Tab cycle");

        // Tab through the whole window and press Space and Enter on whatever has focus.
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.TAB);
            robot.type(KeyCode.SPACE);
        }
        closeAnyDialog(robot);
        assertEquals(AlertStatus.PENDING, status(1), "no stray key confirmed the colleague's alert");

        robot.clickOn("#confirmUnconfirmed-1");
        waitUntil(() -> robot.lookup("#confirmPostedSender").tryQuery().isPresent());
        assertEquals("Gekopieerd door Piet Pieters", robot.lookup("#confirmPostedSender").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#confirmPostedContent .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Overval om 14.30 uur: Kerkplein.")), "the alert's summary is shown");
        robot.type(KeyCode.ENTER);
        FxSettle.settle();
        assertEquals(AlertStatus.PENDING, status(1), "Enter in the question cancels");

        robot.clickOn("#confirmUnconfirmed-1");
        waitUntil(() -> robot.lookup("#confirmPostedSender").tryQuery().isPresent());
        robot.clickOn("Ja, geplaatst");
        waitUntil(() -> status(1) == AlertStatus.SENT);
    }

    @Test
    void opvolgingHasItsOwnConfirmButtonThatAsksTooAndTheFormNoLongerListsWhatItConfirmed(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#confirmUnconfirmed-1").tryQuery().isPresent()); // beside the form
        robot.interact(() -> fixture.desk.show(DeskViewModel.Screen.FOLLOW_UP));
        waitUntil(() -> robot.lookup("#confirmPosted-1").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#unconfirmed-1 .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Gekopieerd door Piet Pieters")));

        robot.clickOn("#confirmPosted-1");
        waitUntil(() -> robot.lookup("#confirmPostedSender").tryQuery().isPresent());
        robot.clickOn("Annuleren");
        FxSettle.settle();
        assertEquals(AlertStatus.PENDING, status(1));

        robot.clickOn("#confirmPosted-1");
        waitUntil(() -> robot.lookup("#confirmPostedSender").tryQuery().isPresent());
        robot.clickOn("Ja, geplaatst");
        waitUntil(() -> status(1) == AlertStatus.SENT);
        waitUntil(() -> robot.lookup("#followUp-1").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> fixture.desk.screenProperty().get() == DeskViewModel.Screen.COMPOSE
                && robot.lookup("#confirmUnconfirmed-1").tryQuery().isEmpty());
    }

    private void closeAnyDialog(FxRobot robot) {
        FxSettle.settle();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w.getScene() != null && w.getScene().lookup("#confirmPostedSender") != null) {
                throw new AssertionError("a stray key opened the confirm question");
            }
        }
    }

    private AlertStatus status(long id) {
        return fixture.storage.alertService().find(id).orElseThrow().status();
    }
}

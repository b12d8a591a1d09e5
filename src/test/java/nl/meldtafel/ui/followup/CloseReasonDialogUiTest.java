package nl.meldtafel.ui.followup;

import nl.meldtafel.ui.FxSettle;
import javafx.beans.property.SimpleObjectProperty;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Sluiten zonder bericht" by keyboard: Alt+letter picks the category, Alt+T the toelichting, Ctrl+Enter closes. */
@ExtendWith(FxDeskExtension.class)
class CloseReasonDialogUiTest {

    private FakeServices services;
    private FollowUpViewModel model;
    private Stage stage;
    private long id;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            this.stage = window.stage();
            services = new FakeServices(new MutableClock(Instant.parse("2026-11-23T13:32:00Z")));
            Actor jan = new Actor(services.officers.register("Jan Jansen", "111111"), "test");
            id = services.alerts.recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                    "Woninginbraak om 14.30 uur: Dorpsstraat.", null, new FollowUpPolicy(true, Duration.ofMinutes(60), null),
                    List.of()), jan);
            services.alerts.confirmSent(id, jan);
            model = new FollowUpViewModel(TaskRunner.sameThread(), services.alerts, services.checklist,
                    new MutableClock(Instant.parse("2026-11-23T13:40:00Z")), new SimpleObjectProperty<Officer>(jan.officer()));
            model.refresh();
            stage.setScene(new Scene(new StackPane(new Label("Opvolging")), 600, 400));
            stage.show();
        });
    }

    /**
     * Alt+letter as the scene delivers it to the focused control. The headless robot drops a letter
     * pressed while Alt is held, so the key event is fired where a real keyboard would send it.
     */
    private static void alt(FxRobot robot, KeyCode letter) {
        robot.interact(() -> {
            Node focused = robot.lookup("#closeReason").query().getScene().getFocusOwner();
            Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", letter, false, false, true, false));
            Node now = focused.getScene().getFocusOwner();
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", letter, false, false, true, false));
            Event.fireEvent(now, new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ALT, false, false, false, false));
        });
        FxSettle.settle();
    }

    @Test
    void closesWithTheChosenCategoryAndReasonByKeyboard(FxRobot robot) {
        robot.interact(() -> CloseReasonDialog.show(stage, List.of(), model, model.open().get(0)));
        FxSettle.settle();
        Node ok = robot.lookup("#closeConfirm").query();
        assertTrue(ok.isDisabled());
        assertEquals("Kies een categorie.", robot.lookup("#closeReasonProblem").queryAs(Label.class).getText());

        // a click brings the dialog forward for the headless robot
        robot.clickOn("#closeCategory-ANDERS");
        assertTrue(robot.lookup("#closeCategory-ANDERS").queryAs(RadioButton.class).isSelected());
        alt(robot, KeyCode.D);
        assertTrue(robot.lookup("#closeCategory-DUBBEL").queryAs(RadioButton.class).isSelected());
        Node reasonArea = robot.lookup("#closeReason").query();
        assertEquals(reasonArea, reasonArea.getScene().getFocusOwner(), "on to the toelichting");
        assertEquals("Geef een reden op.", robot.lookup("#closeReasonProblem").queryAs(Label.class).getText());

        robot.write("al eerder verstuurd", 0);
        FxSettle.settle();
        assertEquals("al eerder verstuurd", robot.lookup("#closeReason").queryAs(javafx.scene.control.TextArea.class).getText());
        assertFalse(ok.isDisabled());
        assertNull(robot.lookup("#closeReasonProblem").queryAs(Label.class).getText());
        robot.clickOn("#closeCategory-DUBBEL");
        alt(robot, KeyCode.T);
        assertEquals(reasonArea, reasonArea.getScene().getFocusOwner(), "Alt+T goes back to the toelichting");

        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        FxSettle.settle();

        Alert closed = services.alerts.find(id).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closed.status());
        assertEquals(CloseCategory.DUBBEL, closed.closure().category());
        assertEquals("al eerder verstuurd", closed.closure().reason());
        assertTrue(robot.lookup("#closeReason").tryQuery().isEmpty(), "the dialog closed");
    }
}

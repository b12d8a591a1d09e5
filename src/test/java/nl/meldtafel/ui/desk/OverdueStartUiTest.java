package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A desk that starts with an overdue alert: Opvolging first, the alert marked, and a prompt that stays. */
@ExtendWith(FxDeskExtension.class)
class OverdueStartUiTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder);
            try (Storage storage = Storage.open(folder, fixture.clock)) {
                Actor jan = new Actor(storage.officers().register("Jan Jansen", "111111"), "test");
                long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h",
                        "{\"delict\":\"Overval\",\"locatie\":\"Kerkplein\"}", "*HETERDAAD*\nOverval om 14.30 uur: Kerkplein.", null,
                        new FollowUpPolicy(true, Duration.ofMinutes(60), null), List.of()), jan);
                storage.alertService().confirmSent(id, jan);
            }
            fixture.clock.advance(Duration.ofMinutes(75));
            window.show(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
            fixture.desk.officers().choose();
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void overdueAlertIsShownFirstMarkedAndPrompted(FxRobot robot) throws Exception {
        assertEquals(DeskViewModel.Screen.FOLLOW_UP, fixture.desk.screenProperty().get());
        assertTrue(robot.lookup("#followUpScreen").query().isVisible());
        assertTrue(robot.lookup("#followUp-1 .overdue-mark").tryQuery().isPresent(), "marked in words, not only colour");
        Label badge = robot.lookup("#followUpBadge").queryAs(Label.class);
        assertEquals("1 open, 1 te laat", badge.getText());
        assertTrue(badge.getWidth() >= badge.prefWidth(-1) - 0.5, "the badge is not cut off");

        // The notification slides in after a short delay; wait for its button, checked on the FX thread.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot.lookup(".button")
                .queryAllAs(Button.class).stream().anyMatch(b -> b.getText().equals("Later (15 min)") && b.isVisible()
                        && b.getScene() != null && b.getScene().getWindow() != null && b.getScene().getWindow().isShowing()))
                .get());
        WaitForAsyncUtils.sleep(600, TimeUnit.MILLISECONDS); // let the slide-in animation finish before clicking
        robot.clickOn("Later (15 min)");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> fixture.storage.alertService().find(1).orElseThrow().snooze() != null).get());
        FxSettle.settle();

        Alert snoozed = fixture.storage.alertService().find(1).orElseThrow();
        assertNotNull(snoozed.snooze());
        assertEquals(fixture.clock.instant().plus(Duration.ofMinutes(15)), snoozed.dueAt());
        assertEquals("1", badge.getText(), "no longer overdue after Later");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#duePrompt-1").tryQuery()
                .map(Node::getScene).map(s -> s.getWindow() == null || !s.getWindow().isShowing()).orElse(true));
    }
}

package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.control.Button;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.CloseCategory;
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
 * A missing-person search goes on for hours: its reminder comes back every 2 hours while the alert is
 * open ("Later (2 u)"), and stops once it is closed. The clock is moved, the desk's timer refresh is called.
 */
@ExtendWith(FxDeskExtension.class)
class VermissingReminderUiTest {

    private static final Duration TWO_HOURS = Duration.ofHours(2);

    @TempDir
    Path folder;
    private DeskFixture fixture;
    private Actor jan;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder);
            try (Storage storage = Storage.open(folder, fixture.clock)) {
                jan = new Actor(storage.officers().register("Jan Jansen", "111111"), "test");
                long id = storage.alertService().recordPending(new NewAlert(MessageKind.VERMISSING, "vermissing", "v", "{}",
                        "*Vermist*\nVermist meisje (7), Korreweg.", null, new FollowUpPolicy(true, TWO_HOURS, TWO_HOURS), List.of()), jan);
                storage.alertService().confirmSent(id, jan);
            }
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
    void theReminderComesBackEveryTwoHoursWhileOpenAndStopsWhenClosed(FxRobot robot) throws Exception {
        assertTrue(reminders(robot).isEmpty(), "not due yet");
        timerTick(robot, TWO_HOURS.plusMinutes(1));
        for (int round = 1; round <= 3; round++) {
            waitUntil(() -> reminders(robot).size() == 1);
            Button later = robot.lookup("#duePrompt-later-1").queryAs(Button.class);
            assertEquals("Later (2 u)", later.getText(), "round " + round);
            robot.clickOn(later);
            waitUntil(() -> reminders(robot).isEmpty());
            timerTick(robot, TWO_HOURS.minusMinutes(1));
            assertTrue(reminders(robot).isEmpty(), "quiet until the two hours are up, round " + round);
            timerTick(robot, Duration.ofMinutes(1));
        }
        waitUntil(() -> reminders(robot).size() == 1);

        fixture.storage.alertService().closeWithReason(1, CloseCategory.OPGELOST, "Meisje is terecht", jan);
        timerTick(robot, Duration.ofHours(6));
        assertTrue(reminders(robot).isEmpty(), "no reminder once closed");
    }

    /** What the app's 30-second timeline does, after the clock moved on. */
    private void timerTick(FxRobot robot, Duration later) {
        fixture.clock.advance(later);
        robot.interact(() -> fixture.desk.followUp().refresh());
        FxSettle.settle();
    }

    private static List<Node> reminders(FxRobot robot) {
        return List.copyOf(robot.lookup("#dueReminders .due-reminder").queryAll());
    }
}

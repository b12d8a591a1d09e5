package nl.meldtafel.ui.followup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.FxSettle;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opvolging on a bad day: many overdue alerts arrive a batch of rows at a time, all of them, once each, in order. */
@ExtendWith(FxDeskExtension.class)
class FollowUpViewUiTest {

    private static final int OPEN = 47;

    @Test
    void manyOpenAlertsShowInBatchesUntilEveryOneIsThereOnce(DeskWindow window, FxRobot robot) throws Exception {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
        FakeServices services = new FakeServices(clock);
        List<Long> ids = new ArrayList<>();
        FollowUpViewModel[] model = new FollowUpViewModel[1];
        FollowUpView[] view = new FollowUpView[1];
        int[] atFirst = new int[1];
        window.onFx(() -> {
            Actor jan = new Actor(services.officers.register("Jan Jansen", "111111"), "test");
            for (int i = 0; i < OPEN; i++) {
                long id = services.alerts.recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                        "Woninginbraak " + i, null, new FollowUpPolicy(true, Duration.ofMinutes(60), null), List.of()), jan);
                services.alerts.confirmSent(id, jan);
                ids.add(id);
                clock.advance(Duration.ofMinutes(1));
            }
            clock.advance(Duration.ofHours(3)); // all overdue, the oldest first
            model[0] = new FollowUpViewModel(TaskRunner.sameThread(), services.alerts, services.checklist, clock,
                    new SimpleObjectProperty<Officer>(jan.officer()));
            view[0] = new FollowUpView(model[0], item -> { });
            Stage stage = window.stage();
            stage.setScene(new Scene(view[0], 1000, 700));
            stage.show();
            model[0].refresh();
            atFirst[0] = rows(view[0]).size();
        });
        allThere(view[0]);

        assertEquals(FollowUpView.ROWS_AT_ONCE, atFirst[0], "the first batch at once, the rest after");
        assertEquals(ids.stream().map(id -> "followUp-" + id).toList(), rows(view[0]));
        Button lastAfloop = robot.lookup("#afloop-" + ids.get(OPEN - 1)).queryAs(Button.class);
        assertEquals("Afloopbericht", lastAfloop.getText());

        // a new list while the old one is still being added: only the new list's rows, once
        window.onFx(() -> {
            model[0].refresh();
            clock.advance(Duration.ofMinutes(1));
            model[0].refresh();
        });
        allThere(view[0]);
        FxSettle.settle();
        assertEquals(ids.stream().map(id -> "followUp-" + id).toList(), rows(view[0]));
    }

    private static void allThere(FollowUpView view) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(view).size() >= OPEN);
        FxSettle.settle();
    }

    private static List<String> rows(FollowUpView view) {
        return view.lookupAll(".follow-up-row").stream().map(Node::getId).toList();
    }
}

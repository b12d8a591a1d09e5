package nl.meldtafel.ui.desk;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
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
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A desk on a bad day: two alerts are overdue and their reminders show while the officer types a whole
 * heterdaad by keyboard, spaces and Tabs included. Every key belongs to the form; no reminder acts.
 */
@ExtendWith(FxDeskExtension.class)
class DueReminderKeyboardUiTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;
    private Scene scene;
    private final List<String> fired = new ArrayList<>();

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            fixture = new DeskFixture(false, folder);
            try (Storage storage = Storage.open(folder, fixture.clock)) {
                Actor jan = new Actor(storage.officers().register("Jan Jansen", "111111"), "test");
                for (String place : List.of("Kerkplein", "Molenweg")) {
                    long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h",
                            "{\"delict\":\"Overval\",\"locatie\":\"" + place + "\"}", "*HETERDAAD*\nOverval om 14.30 uur: " + place + ".",
                            null, new FollowUpPolicy(true, Duration.ofMinutes(60), null), List.of()), jan);
                    storage.alertService().confirmSent(id, jan);
                }
            }
            fixture.clock.advance(Duration.ofMinutes(75));
            scene = window.show(new DeskView(fixture.desk, DeskFixture.ZONE));
            fixture.desk.start();
            fixture.desk.officers().choose();
        });
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aWholeHeterdaadTypedWhileTwoRemindersShowGoesIntoTheFormAndNowhereElse(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#duePrompt-1").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#duePrompt-2").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.asyncFx(() -> robot.lookup("#dueReminders .button").queryAllAs(ButtonBase.class)
                .forEach(b -> b.addEventHandler(javafx.event.ActionEvent.ACTION, e -> fired.add(b.getId())))).get();

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> "Heterdaad".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        FxSettle.settle();

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("#field-delict", "Woninginbraak");
        typed.put("#field-tijd", "21.00");
        typed.put("#field-locatie", "wijk Floriande");
        typed.put("#field-plaats", "Hoofddorp");
        typed.put("#field-toelichting", "Twee mannen braken in via de achterdeur");
        String[] keys = typed.keySet().toArray(String[]::new);
        for (int i = 0; i < keys.length; i++) {
            officerTypes(robot, typed.get(keys[i]));
            robot.type(KeyCode.TAB);
        }
        // Alt+V adds a suspect with the cursor in its first field; then field after field by Tab.
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
        Map<String, String> suspect = new LinkedHashMap<>();
        suspect.put("#field-verdachten-1-geslacht", "man");
        suspect.put("#field-verdachten-1-leeftijd", "20");
        suspect.put("#field-verdachten-1-lengte", "1.80");
        suspect.put("#field-verdachten-1-postuur", "fors");
        suspect.put("#field-verdachten-1-uiterlijk", "kort haar");
        suspect.put("#field-verdachten-1-kleding", "donkere jas met capuchon");
        for (String value : suspect.values()) {
            officerTypes(robot, value);
            robot.type(KeyCode.TAB);
        }
        typed.putAll(suspect);
        FxSettle.settle();

        for (Map.Entry<String, String> field : typed.entrySet()) {
            assertEquals(field.getValue(), textOf(robot, field.getKey()), "field " + field.getKey());
        }
        assertEquals(List.of(), fired, "no reminder button fired");
        assertEquals("Heterdaad", robot.lookup("#composeTitle").queryAs(Label.class).getText(), "no other form opened");
        assertNull(WaitForAsyncUtils.asyncFx(() -> fixture.compose.linkProperty().get()).get(), "not turned into an afloopbericht");
        for (long id : List.of(1L, 2L)) {
            var alert = fixture.storage.alertService().find(id).orElseThrow();
            assertEquals(AlertStatus.SENT, alert.status(), "alert " + id + " unchanged");
            assertNull(alert.snooze(), "alert " + id + " not put off");
        }
        assertTrue(robot.lookup("#duePrompt-1").query().isVisible(), "the reminders are still there");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> isInReminders(scene.getFocusOwner())).get(), "focus never in a reminder");
    }

    @Test
    void fromFourRemindersOnTheyFoldIntoOneLineThatOpensOpvolging(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#duePrompt-2").tryQuery().isPresent());
        try (Storage storage = Storage.open(folder, fixture.clock)) {
            Actor jan = new Actor(storage.officers().register("Piet Pieters", "222222"), "test");
            for (String place : List.of("Dorpsstraat", "Stationsplein")) {
                long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h",
                        "{}", "*HETERDAAD*\nStraatroof: " + place + ".", null,
                        new FollowUpPolicy(true, Duration.ofMinutes(60), null), List.of()), jan);
                storage.alertService().confirmSent(id, jan);
            }
        }
        fixture.clock.advance(Duration.ofMinutes(61));
        WaitForAsyncUtils.asyncFx(() -> fixture.desk.followUp().refresh()).get();
        waitUntil(() -> robot.lookup("#duePrompt-folded").tryQuery().isPresent());
        assertTrue(robot.lookup("#duePrompt-1").tryQuery().isEmpty(), "folded, not four lines");
        assertTrue(robot.lookup("#duePrompt-folded").queryAs(javafx.scene.layout.HBox.class).getChildren().stream()
                .filter(Label.class::isInstance).map(n -> ((Label) n).getText())
                .anyMatch("4 berichten wachten op afloop"::equals));
        Node bar = robot.lookup("#dueReminders").query();
        assertTrue(bar.localToScene(bar.getBoundsInLocal()).getMaxY() <= scene.getHeight() + 0.5, "inside the window");

        robot.interact(() -> fixture.desk.show(DeskViewModel.Screen.COMPOSE));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> fixture.desk.screenProperty().get() == DeskViewModel.Screen.FOLLOW_UP);
    }

    private boolean isInReminders(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if ("dueReminders".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Letters as typed characters, spaces as real Space key presses (what pressed a focused button before). */
    private static void officerTypes(FxRobot robot, String text) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty()) {
                robot.write(words[i], 0);
            }
            if (i < words.length - 1) {
                robot.type(KeyCode.SPACE);
            }
        }
    }

    private static String textOf(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node instanceof ComboBox<?> combo ? combo.getEditor().getText()
                : ((TextInputControl) node).getText()).get();
    }
}

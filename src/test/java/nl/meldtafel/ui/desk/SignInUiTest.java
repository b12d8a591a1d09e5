package nl.meldtafel.ui.desk;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.FxSettle;
import nl.meldtafel.ui.log.LogRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A log with accounts: the desk asks for personnel number and password instead of a name from a list,
 * counts a wrong password, and what the signed-in officer sends is logged under his name.
 */
@ExtendWith(FxDeskExtension.class)
class SignInUiTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        try (Storage s = Storage.open(folder, java.time.Clock.systemUTC())) {
            // stored with a low work factor: the desk checks each password against the factor it was stored with
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            long centrum = s.groupRegister().addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true, ""), chef);
            long noord = s.groupRegister().addGroup(new GroupInput("Beheerders Noord", "Noord", "Leiden", true, ""), chef);
            for (long group : List.of(centrum, noord)) {
                long id = s.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}",
                        "*HETERDAAD*\nInbraak", null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of(group)), chef);
                s.alertService().confirmSent(id, chef);
            }
            accounts.add(chef, "W. Wijk", "100500", Set.of(Role.WIJKAGENT), List.of("Centrum"), "Wijkagent-2026".toCharArray());
            accounts.add(chef, "B. Heer", "100400", Set.of(Role.BEHEER), List.of(), "Beheer-2026".toCharArray());
        }
        fixture = DeskFixture.shownIn(window, folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aWijkagentSignsInAfterAWrongPasswordAndWhatHeSendsIsLoggedUnderHisName(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().isPresent());
        assertTrue(robot.lookup("#officerList").tryQuery().isEmpty(), "no list of names to pick from once there are accounts");
        waitUntil(() -> robot.lookup("#noContentScreen").query().isVisible());
        assertEquals("Niet aangemeld", robot.lookup("#noContentScreen .title").queryAs(Label.class).getText(),
                "no one signed in: no messages behind the question");
        assertEquals("Niet aangemeld", robot.lookup("#officerStatus").queryAs(Labeled.class).getText(),
                "the status bar names no one either");
        robot.clickOn("#signInNumber").write("100500", 0);
        robot.type(KeyCode.ENTER); // on to the password
        robot.write("Wijkagent-2025", 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#signInError").queryAs(Label.class).getText() != null
                && robot.lookup("#signInError").queryAs(Label.class).getText().contains("Nog 4 pogingen"));
        assertEquals("", robot.lookup("#signInPassword").queryAs(TextField.class).getText(), "the wrong password is not left in the field");

        robot.clickOn("#signInPassword").write("Wijkagent-2026", 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Agent: W. Wijk (100500)".equals(robot.lookup("#officerStatus").queryAs(Labeled.class).getText()));
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().isEmpty());
        assertEquals(Set.of(Role.WIJKAGENT), fixture.desk.officers().accountProperty().get().roles());

        // his shift starts with the Dagoverzicht of Centrum; Enter closes it
        waitUntil(() -> robot.lookup("#dayOverview").tryQuery().isPresent());
        assertEquals("Dagoverzicht \u00b7 Centrum", robot.lookup("#dayOverview .header-panel .label").queryAs(Label.class).getText());
        assertEquals("1 melding open in uw wijken", robot.lookup("#shiftOpen").queryAs(Label.class).getText(), "not Noord's");
        assertEquals("1 bericht verstuurd naar uw wijken", robot.lookup("#shiftSent").queryAs(Label.class).getText());
        assertEquals("Bij 1 melding is de respons nog niet vastgelegd", robot.lookup("#shiftResponses").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#dayOverviewSince").queryAs(Label.class).getText().startsWith("U meldt zich voor het eerst aan"));
        assertTrue(robot.lookup("#dayOverview .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().contains("Heterdaad \u00b7 ") && l.getText().contains("Inbraak")), "the alert itself is named");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#dayOverview").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> "Heterdaad".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        robot.clickOn("#field-delict").write("Straatroof", 0);
        robot.clickOn("#field-locatie").write("Markt", 0);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#confirmationBar").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fixture.storage.alertService().find(3).map(Alert::sentAt).isPresent()); // after the two set up
        assertEquals("100500", fixture.storage.alertService().find(3).orElseThrow().officer().personnelNumber());
        assertEquals(1, fixture.storage.audit().entriesAfter(0, 100).stream()
                .filter(e -> e.record().event() == AuditEvent.SIGN_IN_FAILED).count(), "the wrong try is in the chain");

        // Ctrl+Shift+A: someone else takes the desk; the number offered is the last officer's, selected, so the
        // next officer types his own over it and never into the password field
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().map(n -> n.isFocused()
                && "100500".equals(((TextField) n).getSelectedText())).orElse(false));
        assertEquals("100500", robot.lookup("#signInNumber").queryAs(TextField.class).getText());
        // typed there, a number replaces the selection (the headless robot types into the desk's window, so typing
        // is done on the field itself)
        robot.interact(() -> robot.lookup("#signInNumber").queryAs(TextField.class).replaceSelection("100200"));
        assertEquals("100200", robot.lookup("#signInNumber").queryAs(TextField.class).getText());
        assertEquals("", robot.lookup("#signInPassword").queryAs(TextField.class).getText());
    }

    @Test
    void retentionPeriodsAndRegisterEditsAreDisabledWithTheReasonForAWijkagentAndOpenForTheTeamchef(FxRobot robot) throws Exception {
        signIn(robot, "100500", "Wijkagent-2026");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settingsSave").tryQuery().map(n -> n.isVisible()).orElse(false));
        waitUntil(() -> robot.lookup("#retentionRights").queryAs(Label.class).isVisible());
        assertEquals("Alleen een teamchef stelt bewaartermijnen en bewaarverzoeken in.",
                robot.lookup("#retentionRights").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#settingsSave").query().isDisabled(), "disabled before the click, not refused after it");
        assertTrue(robot.lookup("#retentionDays-vermissing").query().isDisabled());

        // the Overzicht: the figures, but the PDF for the team meeting is the teamchef's
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.O).release(KeyCode.O, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#overviewPdf").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertTrue(robot.lookup("#overviewPdf").query().isDisabled());
        assertEquals("Alleen een teamchef maakt de rapportage (PDF) voor het team.",
                robot.lookup("#overviewPdfNotice").queryAs(Label.class).getText());

        // the register: readable, its edits disabled with the reason, the group's details still shown
        robot.clickOn("#navGroups");
        waitUntil(() -> robot.lookup("#groupsRights").queryAs(Label.class).isVisible());
        assertEquals("Alleen een teamchef wijzigt het register van beheerdersgroepen.",
                robot.lookup("#groupsRights").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#groupsNew").query().isDisabled());
        assertTrue(robot.lookup("#groupsImport").query().isDisabled());
        assertTrue(!robot.lookup("#groupsExport").query().isDisabled(), "the export only reads");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        FxSettle.settle();
        assertTrue(robot.lookup("#groupForm").tryQuery().isEmpty(), "Ctrl+N opens no form he could not save");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#signInNumber").queryAs(TextField.class).setText(""));
        signIn(robot, "100200", "Teamchef-2026");
        waitUntil(() -> !robot.lookup("#groupsNew").query().isDisabled());
        assertTrue(!robot.lookup("#groupsRights").queryAs(Label.class).isVisible());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !robot.lookup("#settingsSave").query().isDisabled());
        assertTrue(!robot.lookup("#retentionRights").queryAs(Label.class).isVisible());
    }

    @Test
    void aWijkagentsOpvolgingOpensOnHisWijkWithAllWijkenOneClickAway(FxRobot robot) throws Exception {
        typeSignIn(robot, "100500", "Wijkagent-2026");
        // his Dagoverzicht's "Naar Opvolging" goes where the open alerts are
        waitUntil(() -> robot.lookup("#dayOverviewFollowUp").tryQuery().isPresent());
        assertTrue(robot.lookup("#followUpWijken").tryQuery().isEmpty(), "the desk opened on the form, Opvolging not built yet");
        robot.clickOn("#dayOverviewFollowUp");
        waitUntil(() -> robot.lookup("#dayOverview").tryQuery().isEmpty());
        waitUntil(() -> robot.lookup("#followUpWijken").tryQuery().isPresent());
        waitUntil(() -> "Mijn wijken (Centrum) \u00b7 1 open in andere wijken".equals(
                robot.lookup("#followUpWijken").queryAs(Label.class).getText()));
        assertTrue(robot.lookup("#followUp-1").tryQuery().isPresent(), "the alert to Centrum");
        assertTrue(robot.lookup("#followUp-2").tryQuery().isEmpty(), "not the one to Noord");
        assertEquals("2", robot.lookup("#followUpBadge").queryAs(Label.class).getText(), "the badge still counts every open alert");

        robot.clickOn("#followUpWijkenToggle");
        waitUntil(() -> robot.lookup("#followUp-2").tryQuery().isPresent());
        assertEquals("Alle wijken", robot.lookup("#followUpWijken").queryAs(Label.class).getText());
    }

    @Test
    void aWijkagentClosesHisWijksAlertWithAnAfloopberichtAndTheLogboekOnHisWijkenShowsHimAsSender(FxRobot robot)
            throws Exception {
        signIn(robot, "100500", "Wijkagent-2026");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#followUp-1").tryQuery().isPresent());
        assertTrue(robot.lookup("#followUp-2").tryQuery().isEmpty(), "Noord's alert is not in his list");

        robot.clickOn("#afloop-1");
        waitUntil(() -> "Afloopbericht".equals(robot.lookup("#composeTitle").queryAs(Label.class).getText()));
        robot.clickOn("#field-uitkomst").write("verdachte aangehouden", 0);
        FxSettle.settle();
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#confirmationBar").tryQuery().map(n -> n.isVisible()).orElse(false));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fixture.storage.alertService().find(1).map(a -> a.status() == AlertStatus.CLOSED).orElse(false));

        robot.clickOn("#navLog");
        @SuppressWarnings("unchecked")
        TableView<LogRow> table = robot.lookup("#logTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals("Mijn wijken (Centrum)", robot.lookup("#logArea").queryAs(ComboBox.class).getValue().toString(),
                "the Logboek opens on his wijken");
        // the desk's clock is not the one the set-up alerts were recorded with, so the order is not asserted
        assertEquals(Map.of("Afloopbericht", "W. Wijk", "Heterdaad", "K. de Boer"),
                table.getItems().stream().collect(Collectors.toMap(LogRow::kind, LogRow::officer)),
                "he is the sender of the afloopbericht; Noord's heterdaad is not shown");
        assertEquals("100500", fixture.storage.alertService().find(3).orElseThrow().officer().personnelNumber());

        robot.clickOn("#logWijkenToggle");
        waitUntil(() -> table.getItems().size() == 3);
        assertEquals("Alleen mijn wijken", robot.lookup("#logWijkenToggle").queryAs(Labeled.class).getText());
    }

    @Test
    void beheerSeesNoMessageContentButKeepsInstellingen(FxRobot robot) throws Exception {
        signIn(robot, "100400", "Beheer-2026");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#noContentScreen").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertTrue(robot.lookup("#logTable").tryQuery().map(n -> !shown(n)).orElse(true), "no Logboek behind it");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        FxSettle.settle();
        assertTrue(robot.lookup("#noContentScreen").query().isVisible(), "nor Opvolging");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settingsSave").tryQuery().map(n -> n.isVisible()).orElse(false));
        assertTrue(!robot.lookup("#noContentScreen").query().isVisible());
    }

    /** Visible with every parent: what the officer can see. */
    private static boolean shown(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static void typeSignIn(FxRobot robot, String number, String password) throws Exception {
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().isPresent());
        robot.clickOn("#signInNumber").write(number, 0);
        robot.type(KeyCode.ENTER);
        robot.write(password, 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().isEmpty());
    }

    private static void signIn(FxRobot robot, String number, String password) throws Exception {
        typeSignIn(robot, number, password);
        if ("100500".equals(number)) { // the wijkagent: his Dagoverzicht first, Esc closes it
            waitUntil(() -> robot.lookup("#dayOverview").tryQuery().isPresent());
            robot.type(KeyCode.ESCAPE);
            waitUntil(() -> robot.lookup("#dayOverview").tryQuery().isEmpty());
        }
    }
}

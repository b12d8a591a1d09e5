package nl.meldtafel.ui.desk;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.Role;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.accounts.AccountsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * A desk without accounts, as every log starts: in Instellingen the first account is made (a teamchef), the desk
 * then asks for sign-in, and the teamchef adds an OpCo and switches him off again.
 */
@ExtendWith(FxDeskExtension.class)
class AccountsUiTest {

    @TempDir
    Path folder;
    private DeskFixture fixture;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        fixture = DeskFixture.shownIn(window, folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theFirstAccountIsMadeInInstellingenThenTheDeskAsksForSignInAndTheTeamchefManagesTheOthers(FxRobot robot)
            throws Exception {
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isPresent()); // no accounts: the list of names
        robot.clickOn("#officerName").write("J. de Vries", 0);
        robot.clickOn("#officerNumber").write("123456", 0);
        robot.clickOn("#addOfficer");
        waitUntil(() -> robot.lookup("#officerName").tryQuery().isEmpty());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.I).release(KeyCode.I, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#settingsScreen").tryQuery().map(n -> n.isVisible()).orElse(false)
                && robot.lookup("#accountsSection").tryQuery().map(n -> n.isVisible()).orElse(false));
        scrollToAccounts(robot);
        // Instellingen reads the accounts when it is first opened
        waitUntil(() -> robot.lookup("#accountRole").query().isDisabled()); // the first account is a teamchef, always
        robot.clickOn("#accountName").write("K. de Boer", 0);
        robot.clickOn("#accountNumber").write("100200", 0);
        robot.clickOn("#accountPassword").write("kort", 0);
        robot.clickOn("#accountAdd");
        waitUntil(() -> "Een wachtwoord heeft minstens 8 tekens.".equals(text(robot, "#accountsError")));
        assertEquals("", robot.lookup("#accountPassword").queryAs(TextField.class).getText(), "a refused password is typed anew");
        robot.clickOn("#accountPassword").write("Teamchef-2026", 0);
        robot.clickOn("#accountAdd");

        // from now on the desk asks for number and password
        waitUntil(() -> robot.lookup("#signInNumber").tryQuery().isPresent());
        assertEquals("123456", robot.lookup("#signInNumber").queryAs(TextField.class).getText(), "the officer at the desk is offered");
        robot.interact(() -> robot.lookup("#signInNumber").queryAs(TextField.class).setText(""));
        robot.clickOn("#signInNumber").write("100200", 0);
        robot.type(KeyCode.ENTER);
        robot.write("Teamchef-2026", 0);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> "Agent: K. de Boer (100200)".equals(robot.lookup("#officerStatus").queryAs(Labeled.class).getText()));
        scrollToAccounts(robot);

        robot.clickOn("#accountName").write("J. Jansen", 0);
        robot.clickOn("#accountNumber").write("100300", 0);
        robot.interact(() -> robot.lookup("#accountRole").queryAs(ComboBox.class).getSelectionModel().select(Role.OPCO));
        robot.clickOn("#accountPassword").write("Opco-wachtwoord", 0);
        robot.clickOn("#accountAdd");
        waitUntil(() -> "Account toegevoegd: J. Jansen.".equals(text(robot, "#accountsNotice")));
        TableView<AccountsViewModel.Item> table = robot.lookup("#accountsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        assertEquals(List.of("J. Jansen|OpCo|actief", "K. de Boer|Teamchef|actief"),
                table.getItems().stream().map(i -> i.name() + "|" + i.roles() + "|" + i.state()).toList());

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#accountToggle");
        waitUntil(() -> "J. Jansen is uitgeschakeld en kan zich niet meer aanmelden.".equals(text(robot, "#accountsNotice")));
        Account jansen = fixture.storage.accounts().all().stream()
                .filter(a -> a.officer().personnelNumber().equals("100300")).findFirst().orElseThrow();
        assertEquals(false, jansen.active());
        assertEquals(Set.of(Role.OPCO), jansen.roles());

        // the idle period, for every desk of the log
        assertEquals(8, robot.lookup("#idleHours").queryAs(Spinner.class).getValue());
        robot.interact(() -> robot.lookup("#idleHours").queryAs(Spinner.class).getValueFactory().setValue(6));
        scrollToAccounts(robot);
        robot.clickOn("#idleSave");
        waitUntil(() -> text(robot, "#accountsNotice").startsWith("Elke meldtafel van dit logboek vraagt nu na 6 uur"));
        assertEquals(java.time.Duration.ofHours(6), fixture.storage.accounts().idleSignOut());
    }

    /** The accounts are the last section of Instellingen: scrolled into view as an officer would. */
    private static void scrollToAccounts(FxRobot robot) {
        robot.interact(() -> robot.lookup("#settingsScreen").queryAs(ScrollPane.class).setVvalue(1.0));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}

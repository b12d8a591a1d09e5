package nl.meldtafel.ui.groups;

import nl.meldtafel.ui.FxSettle;
import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupListItem;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.FileChoice;
import nl.meldtafel.ui.common.FxTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

@ExtendWith(FxDeskExtension.class)
class GroupsViewUiTest {

    /** A municipal register as Dutch Excel saves it; line 4 has no group name, line 6 repeats line 2. */
    static final String MUNICIPAL_CSV = "\uFEFFNaam groep;Wijk;Coördinator;Mobiel;E-mailadres;Gemeente\r\n"
            + "Literatuurwijk (Hildebrandstraat);Literatuurwijk;Jan de Vries;06-12345678;jan@example.org;Leiden\r\n"
            + "Merenwijk Noord;Merenwijk;Karel Noë;T 0611111111;;Leiden\r\n"
            + ";Merenwijk;Piet;0622222222;;Leiden\r\n"
            + "Merenwijk Zuid;Merenwijk;Jan de Vries;+31 6 12345678;;Leiden\r\n"
            + "literatuurwijk  (Hildebrandstraat);Literatuurwijk;Ria;0644444444;;Leiden\r\n";

    @TempDir
    Path dir;
    private Stage stage;
    private Scene scene;
    private FakeServices services;
    private GroupRegister register;
    private FxTaskRunner runner;
    private GroupsViewModel model;
    private GroupsView view;
    private Path chosen;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            this.stage = window.stage();
            scene = window.show(new Pane(), 1142, 720); // 1366 minus the desk's sidebar, minus the status bar
        });
    }

    @AfterEach
    void tearDown(FxRobot robot) throws InterruptedException {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        if (runner != null) {
            runner.close();
        }
    }

    private void open() {
        services = new FakeServices(new MutableClock(Instant.parse("2026-11-23T13:32:00Z")));
        register = services.register;
    }

    private long group(String name, String wijk) {
        return register.addGroup(new GroupInput(name, wijk, "Leiden", true, ""), null);
    }

    private void alertTo(long groupId, String text) {
        Actor jan = new Actor(services.officers.register("J. de Vries", "123456"), "desk");
        long id = services.alerts.recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}", text, null,
                FollowUpPolicy.NONE, List.of(groupId)), jan);
        services.alerts.confirmSent(id, List.of(groupId), jan);
    }

    @Test
    void searchNarrowsTheList(FxRobot robot) throws Exception {
        open();
        group("Beheerders Merenwijk", "Merenwijk");
        group("Beheerders Stevenshof", "Stevenshof");
        long boshuizen = group("Buurtpreventie Boshuizen", "Boshuizen");
        long buurt = register.addNeighbourhoodGroup(boshuizen, new NeighbourhoodInput("Boshuizen (Lindenlaan)", "Boshuizen", "Leiden"), null);
        register.addAdministrator(buurt, new AdministratorInput("Fatma Yilmaz", "0612345678", ""), null);
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() == 3);

        robot.clickOn("#groupsSearch").write("steven", 0);
        waitUntil(() -> names(robot).equals(List.of("Beheerders Stevenshof")));

        robot.eraseText(6).write("yilmaz", 0);
        waitUntil(() -> names(robot).equals(List.of("Buurtpreventie Boshuizen")));

        robot.eraseText(6).write("onbekend", 0);
        waitUntil(() -> table(robot).getItems().isEmpty() && robot.lookup("#groupsPlaceholder").tryQuery().isPresent()
                && text(robot, "#groupsPlaceholder").equals("Geen groepen gevonden voor „onbekend“."));
    }

    @Test
    void addedGroupAppearsAndAnEmptyNameIsExplained(FxRobot robot) throws Exception {
        open();
        mount(robot);
        waitUntil(() -> text(robot, "#groupsPlaceholder").startsWith("Het register is nog leeg."));
        assertTrue(text(robot, "#groupsPlaceholder").contains("Importeren"));

        robot.clickOn("#groupsNew");
        waitUntil(() -> robot.lookup("#groupName").tryQuery().isPresent());
        robot.clickOn("#groupFormSave");
        waitUntil(() -> text(robot, "#groupFormProblem").startsWith("Vul de naam in"));

        robot.clickOn("#groupName").write("Beheerders Merenwijk", 0);
        robot.clickOn("#groupWijk").write("Merenwijk", 0);
        robot.clickOn("#groupGemeente").write("Leiden", 0);
        robot.clickOn("#groupFormSave");

        waitUntil(() -> names(robot).equals(List.of("Beheerders Merenwijk")));
        waitUntil(() -> robot.lookup("#groupDetailName").tryQuery().isPresent()
                && text(robot, "#groupDetailName").equals("Beheerders Merenwijk"));
        assertTrue(robot.lookup("#groupName").tryQuery().isEmpty(), "the dialog closed once saved");

        robot.clickOn("#groupsNew");
        waitUntil(() -> robot.lookup("#groupName").tryQuery().isPresent());
        robot.clickOn("#groupName").write("beheerders  merenwijk", 0);
        robot.clickOn("#groupGemeente").write("Leiden", 0);
        robot.clickOn("#groupFormSave");
        waitUntil(() -> text(robot, "#groupFormProblem").contains("Er is al een groep"));
        assertEquals(1, register.search("", true).size());
    }

    @Test
    void aGroupChangedAtAnotherDeskKeepsTheTypedFormAndOffersToReload(FxRobot robot) throws Exception {
        open();
        long merenwijk = group("Beheerders Merenwijk", "Merenwijk");
        mount(robot);
        selectGroup(robot, "Beheerders Merenwijk");
        robot.clickOn("#groupEdit");
        waitUntil(() -> robot.lookup("#groupNotes").tryQuery().isPresent());
        robot.clickOn("#groupNotes").write("sleutel bij balie", 0);
        Actor piet = new Actor(services.officers.register("Piet de Boer", "654321"), "desk 2");
        register.updateGroup(merenwijk, 1, new GroupInput("Beheerders Meerwijk", "Merenwijk", "Leiden", true, ""), piet);

        robot.clickOn("#groupFormSave");

        waitUntil(() -> text(robot, "#groupFormProblem").startsWith("Deze groep is intussen gewijzigd door Piet de Boer (14.32)."));
        assertTrue(text(robot, "#groupFormProblem").contains("Uw wijzigingen staan nog in het formulier"));
        assertEquals("sleutel bij balie", robot.lookup("#groupNotes").queryAs(TextInputControl.class).getText());
        assertEquals("Beheerders Merenwijk", robot.lookup("#groupName").queryAs(TextInputControl.class).getText());
        assertTrue(robot.lookup("#groupFormReload").query().isVisible());

        robot.clickOn("#groupFormReload");

        waitUntil(() -> robot.lookup("#groupName").queryAs(TextInputControl.class).getText().equals("Beheerders Meerwijk"));
        assertEquals("", robot.lookup("#groupNotes").queryAs(TextInputControl.class).getText());
        assertFalse(robot.lookup("#groupFormReload").query().isVisible());
    }

    @Test
    void aGroupThatReceivedAnAlertCanOnlyBeDeactivated(FxRobot robot) throws Exception {
        open();
        long merenwijk = group("Beheerders Merenwijk", "Merenwijk");
        group("Beheerders Stevenshof", "Stevenshof");
        alertTo(merenwijk, "*HETERDAAD*\nWoninginbraak aan de Vondellaan.");
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() == 2);

        selectGroup(robot, "Beheerders Stevenshof");
        waitUntil(() -> robot.lookup("#groupDelete").tryQuery().isPresent());

        selectGroup(robot, "Beheerders Merenwijk");
        waitUntil(() -> robot.lookup("#groupCannotDelete").tryQuery().isPresent());
        assertTrue(robot.lookup("#groupDelete").tryQuery().isEmpty(), "no delete for a group in the log");
        assertTrue(text(robot, "#groupCannotDelete").contains("inactief"));
        waitUntil(() -> robot.lookup("#groupAlerts .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().equals("Woninginbraak aan de Vondellaan.")));

        robot.clickOn("#groupDeactivate");

        waitUntil(() -> names(robot).equals(List.of("Beheerders Stevenshof")));
        waitUntil(() -> robot.lookup("#groupInactiveMark").tryQuery().isPresent());
        assertTrue(robot.lookup("#groupDelete").tryQuery().isEmpty());
        assertFalse(register.detail(merenwijk).group().active());

        robot.clickOn("#groupsShowInactive");
        waitUntil(() -> names(robot).contains("Beheerders Merenwijk (inactief)"));
    }

    @Test
    void importPreviewShowsProblemsByLineAndCancelWritesNothing(FxRobot robot) throws Exception {
        open();
        chosen = Files.writeString(dir.resolve("gemeente-leiden.csv"), MUNICIPAL_CSV, StandardCharsets.UTF_8);
        mount(robot);
        waitUntil(() -> !model.loadingProperty().get());

        robot.clickOn("#groupsImport");

        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent() && !text(robot, "#importSummary").isEmpty());
        assertTrue(text(robot, "#importSummary").startsWith("3 nieuw"), text(robot, "#importSummary"));
        List<String> problems = problemLines(robot);
        assertTrue(problems.contains("overgeslagen (1\u00d7): groepsnaam ontbreekt \u2013 regel 4"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("let op (1\u00d7): dezelfde groep als regel 2") && p.endsWith("regel 6")),
                problems.toString());
        TableView<?> rows = robot.lookup("#importRows").queryAs(TableView.class);
        assertEquals(4, rows.getItems().size());

        robot.clickOn("#importGemeente").write("Leiden", 0).type(javafx.scene.input.KeyCode.ENTER);
        FxSettle.settle();
        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent() && text(robot, "#importSummary").startsWith("3 nieuw"));
        assertTrue(register.search("", true).isEmpty(), "Enter in the gemeente field reads again; it never imports");

        robot.clickOn("#importCancel");

        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isEmpty());
        assertTrue(register.search("", true).isEmpty(), "cancel writes nothing");
        assertTrue(table(robot).getItems().isEmpty());
    }

    @Test
    void confirmedImportWritesEverythingAndShowsTheAdministrators(FxRobot robot) throws Exception {
        open();
        chosen = Files.writeString(dir.resolve("gemeente-leiden.csv"), MUNICIPAL_CSV, StandardCharsets.UTF_8);
        mount(robot);
        waitUntil(() -> !model.loadingProperty().get());

        robot.clickOn("#groupsImport");
        waitUntil(() -> robot.lookup("#importConfirm").tryQuery().isPresent()
                && !robot.lookup("#importConfirm").queryAs(Button.class).isDisabled());
        robot.clickOn("#importConfirm");

        waitUntil(() -> names(robot).equals(List.of("Beheerders Literatuurwijk", "Beheerders Merenwijk")));
        assertTrue(robot.lookup("#importSummary").tryQuery().isEmpty(), "the dialog closed once imported");
        assertTrue(text(robot, "#groupsNotice").startsWith("Ingelezen: 3 nieuw"), text(robot, "#groupsNotice"));
        assertEquals(3, register.search("", true).stream().mapToInt(GroupListItem::neighbourhoodGroups).sum());

        selectGroup(robot, "Beheerders Merenwijk");
        waitUntil(() -> labels(robot).contains("06-11111111") && labels(robot).contains("Karel Noë"));
        assertTrue(labels(robot).contains("jan@example.org"), "email shows in the group detail");
    }

    @Test
    void anUnreadableFileIsShownNotSwallowed(FxRobot robot) throws Exception {
        open();
        chosen = dir.resolve("bestaat-niet.csv");
        mount(robot);

        robot.clickOn("#groupsImport");

        waitUntil(() -> robot.lookup("#importError").tryQuery().isPresent() && text(robot, "#importError").contains("bestaat-niet.csv"));
        assertTrue(robot.lookup("#importConfirm").queryAs(Button.class).isDisabled());
    }

    /** Pictures for a human look at the layout: target/ui-snapshots/groepen*.png. */
    @Test
    void snapshotsOfTheRegisterAndTheImportPreview(FxRobot robot) throws Exception {
        open();
        chosen = Files.writeString(dir.resolve("gemeente-leiden.csv"), MUNICIPAL_CSV, StandardCharsets.UTF_8);
        nl.meldtafel.demo.GroupDemoData.fill(register, 7);
        long first = register.search("", true).get(1).group().id();
        alertTo(first, "*HETERDAAD*\nWoninginbraak om 14.32 uur aan de Dorpsstraat, Leiden.");
        mount(robot);
        waitUntil(() -> table(robot).getItems().size() > 5);
        selectGroup(robot, register.search("", true).get(1).group().name());
        waitUntil(() -> robot.lookup(".administrator-phone").tryQuery().isPresent());
        save(scene, "groepen.png");
        assertEquals(List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(scene), "no label or button cut off in the register");

        robot.clickOn("#groupsImport");
        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent() && !text(robot, "#importSummary").isEmpty());
        Scene importScene = robot.lookup("#importDialog").query().getScene();
        save(importScene, "groepen-import.png");
        assertEquals(List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(importScene), "no label or button cut off in the preview");
    }

    @Test
    void previewOfAMultiGemeenteFileShowsCountsPerGemeenteAndProblemsGroupedNothingCutOff(FxRobot robot) throws Exception {
        open();
        byte[] kern;
        try (var in = getClass().getResourceAsStream("/nl/meldtafel/groups/kern-multi-gemeente-cp1252.csv")) {
            kern = Objects.requireNonNull(in).readAllBytes();
        }
        StringBuilder csv = new StringBuilder(new String(kern, java.nio.charset.Charset.forName("windows-1252")));
        for (int i = 0; i < 40; i++) { // sixty alike warnings were a three-line list; now they are one line
            csv.append("Vogelwijk ").append(i).append(";Vogelwijk;Oegstgeest;Beheerder ").append(i).append(";12").append(i).append(";;\r\n");
        }
        chosen = dir.resolve("regio-holland-rijnland.csv");
        Files.write(chosen, csv.toString().getBytes(java.nio.charset.Charset.forName("windows-1252")));
        mount(robot);
        waitUntil(() -> !model.loadingProperty().get());

        robot.clickOn("#groupsImport");
        waitUntil(() -> robot.lookup("#importSummary").tryQuery().isPresent() && !text(robot, "#importSummary").isEmpty());

        List<String> counts = robot.lookup("#importPerGemeente .label").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).toList();
        assertEquals(List.of("Gemeente", "nieuw", "gewijzigd", "ongewijzigd", "dubbel",
                "Leiden", "4", "0", "0", "0",
                "Oegstgeest", "42", "0", "0", "0",
                "Voorschoten", "1", "0", "0", "0",
                "Zoeterwoude", "2", "0", "0", "0"), counts);
        List<String> problems = problemLines(robot);
        assertTrue(problems.contains("let op (40\u00d7): telefoonnummer niet herkend; overgenomen zoals het er staat \u2013 regel 12-51"),
                problems.toString());
        assertTrue(problems.size() < 8, "one line per kind: " + problems);
        TreeView<String> tree = problemTree(robot);
        TreeItem<String> phones = tree.getRoot().getChildren().stream().filter(i -> i.getValue().contains("40\u00d7")).findFirst().orElseThrow();
        robot.interact(() -> phones.setExpanded(true));
        FxSettle.settle();
        assertEquals(40, phones.getChildren().size());
        assertEquals("regel 12: let op: telefoonnummer '120' niet herkend; overgenomen zoals het er staat", phones.getChildren().get(0).getValue());

        Window dialog = robot.lookup("#importDialog").query().getScene().getWindow();
        assertTrue(dialog.getWidth() <= 1366 && dialog.getHeight() <= 768, dialog.getWidth() + "x" + dialog.getHeight());
        Scene importScene = robot.lookup("#importDialog").query().getScene();
        save(importScene, "groepen-import-gemeenten.png");
        assertEquals(List.of(), nl.meldtafel.ui.UiSnapshots.cutOff(importScene), "no label or button cut off in the preview");
        assertTrue(register.search("", true).isEmpty(), "nothing is written before Importeren");
    }

    @SuppressWarnings("unchecked")
    private static TreeView<String> problemTree(FxRobot robot) {
        return robot.lookup("#importProblems").queryAs(TreeView.class);
    }

    /** The problem kinds as the dialog lists them, one line each. */
    private static List<String> problemLines(FxRobot robot) {
        return problemTree(robot).getRoot().getChildren().stream().map(TreeItem::getValue).toList();
    }

    private void save(Scene target, String name) throws Exception {
        nl.meldtafel.ui.UiSnapshots.save(target, name);
    }

    private void mount(FxRobot robot) {
        runner = new FxTaskRunner();
        robot.interact(() -> {
            model = new GroupsViewModel(register, runner, new MutableClock(Instant.parse("2026-11-23T13:32:00Z")), new SimpleObjectProperty<>(
                    services.officers.register("P. de Boer", "222222")));
            view = new GroupsView(model, new FileChoice() {
                @Override
                public Optional<Path> open(Window owner, String title) {
                    return Optional.ofNullable(chosen);
                }

                @Override
                public Optional<Path> save(Window owner, String title, String suggestedName) {
                    return Optional.ofNullable(chosen);
                }
            });
            scene.setRoot(view);
        });
    }

    private static void selectGroup(FxRobot robot, String name) throws Exception {
        waitUntil(() -> names(robot).contains(name));
        Node row = robot.lookup("#groupsTable .table-row-cell")
                .match((TableRow<GroupListItem> r) -> !r.isEmpty() && r.getItem() != null
                        && String.valueOf(r.getTableView().getColumns().get(0).getCellData(r.getIndex())).equals(name))
                .query();
        robot.clickOn(row);
        String plain = name.replace(" (inactief)", "");
        waitUntil(() -> robot.lookup("#groupDetailName").tryQuery().isPresent() && text(robot, "#groupDetailName").equals(plain));
    }

    @SuppressWarnings("unchecked")
    private static TableView<GroupListItem> table(FxRobot robot) {
        return robot.lookup("#groupsTable").queryAs(TableView.class);
    }

    /** The names as the list's first column shows them, "(inactief)" included. */
    private static List<String> names(FxRobot robot) {
        TableView<GroupListItem> table = table(robot);
        return java.util.stream.IntStream.range(0, table.getItems().size())
                .mapToObj(i -> String.valueOf(table.getColumns().get(0).getCellData(i))).toList();
    }

    private static List<String> labels(FxRobot robot) {
        return robot.lookup("#groupDetail .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}

package nl.meldtafel.ui.catalog;

import nl.meldtafel.ui.FxSettle;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@ExtendWith(FxDeskExtension.class)
class CatalogViewUiTest {

    private static final List<String> SHIPPED_FILES = List.of("afloopbericht.json", "getuigenoproep.json", "heterdaad.json",
            "vermissing.json", "waarschuwing.json", "weekoverzicht.json");

    @TempDir
    Path dir;

    private Stage stage;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            this.stage = window.stage();
            stage.show();
        });
    }

    @Test
    void listsTheSixTemplatesInDeskOrderAndNamesTheBrokenFile(FxRobot robot) throws IOException {
        for (String file : SHIPPED_FILES) {
            Files.copy(Path.of("templates", file), dir.resolve(file));
        }
        Files.writeString(dir.resolve("kapot.json"), "{ \"id\": \"kapot\", ", StandardCharsets.UTF_8);

        mount(robot, dir);

        List<String> templates = cellTexts(robot, "#templateList");
        assertEquals(6, templates.size(), templates::toString);
        List<String> titles = List.of("Heterdaad", "Vermissing", "Afloopbericht", "Getuigenoproep", "Waarschuwing",
                "Weekoverzicht");
        for (int i = 0; i < titles.size(); i++) {
            assertTrue(templates.get(i).startsWith(titles.get(i) + " – "), templates::toString);
        }
        assertTrue(templates.get(0).contains("afloopbericht verwacht na 60 minuten (heterdaad.json)"), templates.get(0));

        assertTrue(robot.lookup("#problemList").query().isVisible());
        List<String> problems = cellTexts(robot, "#problemList");
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("kapot.json: ongeldige JSON op regel 1"), problems.get(0));
        assertEquals("6 sjablonen geladen, 1 met fouten, uit " + dir.toAbsolutePath().normalize(),
                robot.lookup("#catalogStatus").queryAs(Label.class).getText());
    }

    @Test
    void withoutProblemsTheProblemListIsHidden(FxRobot robot) throws IOException {
        Files.copy(Path.of("templates", "heterdaad.json"), dir.resolve("heterdaad.json"));

        mount(robot, dir);

        assertEquals(List.of("Heterdaad"), cellTexts(robot, "#templateList").stream().map(t -> t.split(" – ")[0]).toList());
        assertFalse(robot.lookup("#problemList").query().isVisible());
    }

    @Test
    void emptyFolderShowsWhatTheOfficerShouldDo(FxRobot robot) {
        mount(robot, dir);

        ListView<?> list = robot.lookup("#templateList").queryListView();
        Label placeholder = (Label) list.getPlaceholder();
        assertTrue(isShowing(placeholder), "placeholder not on screen");
        assertEquals("Geen bruikbare sjablonen. Zet sjabloonbestanden (.json) in de map templates/ en start opnieuw.",
                placeholder.getText());
        assertEquals(List.of(), cellTexts(robot, "#templateList"));
    }

    @Test
    void missingFolderIsListedAsAProblem(FxRobot robot) {
        Path missing = dir.resolve("bestaat-niet");

        mount(robot, missing);

        assertEquals(List.of(missing.toAbsolutePath().normalize() + ": " + Texts.get("template.error.noDirectory")),
                cellTexts(robot, "#problemList"));
    }

    private void mount(FxRobot robot, Path templates) {
        robot.interact(() -> {
            CatalogViewModel model = new CatalogViewModel(TaskRunner.sameThread(), () -> TemplateSource.fromDirectory(templates));
            stage.setScene(new Scene(new CatalogView(model), 1000, 700));
            model.load();
        });
        FxSettle.settle();
    }

    /** The texts the officer sees in the list's cells, top to bottom. */
    private static List<String> cellTexts(FxRobot robot, String list) {
        return robot.lookup(list).queryListView().lookupAll(".list-cell").stream()
                .map(node -> (ListCell<?>) node)
                .filter(cell -> !cell.isEmpty() && cell.isVisible())
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(ListCell::getText)
                .filter(Objects::nonNull)
                .toList();
    }

    private static boolean isShowing(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}

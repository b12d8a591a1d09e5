package nl.meldtafel.ui.log;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Pane;
import javafx.stage.Window;
import nl.meldtafel.export.LogCsvExport;
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
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(FxDeskExtension.class)
class LogExportUiTest {

    @TempDir
    Path dir;
    private Scene scene;
    private LogFixture log;
    private FxTaskRunner runner;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            scene = window.show(new Pane(), 1142, 720);
        });
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        runner.close();
        log.close();
    }

    @Test
    void theExportButtonWritesTheSearchedMessagesWithDutchCharacters(FxRobot robot) throws Exception {
        log = new LogFixture(dir.resolve("data"));
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Rijnsburgerweg bij café Noël")), log.jan);
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.piet);
        Path file = dir.resolve("logboek.csv");
        runner = new FxTaskRunner();
        robot.interact(() -> {
            LogViewModel model = log.model(runner, new java.util.ArrayList<>());
            model.useExporter((query, out) -> LogCsvExport.of(log.storage, LogFixture.ZONE).write(query, out));
            LogView view = new LogView(model);
            view.setFileChoice(new FileChoice() {
                @Override
                public Optional<Path> open(Window owner, String title) {
                    return Optional.empty();
                }

                @Override
                public Optional<Path> save(Window owner, String title, String suggestedName) {
                    return Optional.of(file);
                }
            });
            scene.setRoot(view);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#logTable").queryAs(TableView.class).getItems().size() == 2);
        robot.clickOn("#logSearch").write("noël", 0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#logTable").queryAs(TableView.class).getItems().size() == 1).get());

        robot.clickOn("#logExport");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("#logExportNotice").queryAs(Label.class).getText().startsWith("1 bericht")).get());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFNummer;Soort;Aangemaakt;Verstuurd;Agent;Status;"), csv);
        assertTrue(csv.contains("café Noël") && !csv.contains("Stationsplein"), csv);
    }
}

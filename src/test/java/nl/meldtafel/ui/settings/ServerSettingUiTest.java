package nl.meldtafel.ui.settings;

import static nl.meldtafel.ui.FxWait.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.FxSettle;
import nl.meldtafel.ui.common.FxTaskRunner;
import java.time.Clock;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.fake.FakeServices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** Instellingen → Server: the officer types the server and the desk's team, presses Enter, and both are kept for the next start. */
@ExtendWith(FxDeskExtension.class)
class ServerSettingUiTest {

    @TempDir
    Path dir;
    private Scene scene;
    private FxTaskRunner runner;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> scene = window.show(new Pane()));
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        if (runner != null) {
            runner.close();
        }
    }

    @Test
    void theServerAndTheTeamAreTypedSavedAndKeptForTheNextStart(FxRobot robot) throws Exception {
        FakeServices services = new FakeServices(Clock.systemUTC());
        Actor jan = new Actor(services.officers.register("Jan Jansen", "111111"), "balie");
        runner = new FxTaskRunner();
        Path desk = dir.resolve("balie");
        robot.interact(() -> {
            SettingsViewModel model = new SettingsViewModel(runner, services.retention, () -> jan)
                    .useServer(new ServerSettingViewModel(runner, SettingsSaver.open(desk),
                            a -> a.startsWith("postgresql://") ? Optional.empty() : Optional.of("Dit is geen serveradres."),
                            "het logboek in de gegevensmap"));
            scene.setRoot(new SettingsView(model));
        });
        FxSettle.settle();
        // the section sits at the bottom of Instellingen: scrolled to once laid out, as an officer would
        robot.interact(() -> {
            ScrollPane page = (ScrollPane) scene.getRoot();
            page.applyCss();
            page.layout();
            page.setVvalue(1);
        });
        FxSettle.settle();
        Label notice = robot.lookup("#serverNotice").queryAs(Label.class);

        robot.clickOn("#serverAddress").write("postgresql://balie1@politie-db/meldtafel", 0);
        robot.clickOn("#serverTeam").write("Leiden Noord", 0).type(KeyCode.ENTER);

        waitUntil(() -> notice.getText().startsWith("Opgeslagen"));
        assertEquals(Optional.of("postgresql://balie1@politie-db/meldtafel"), SettingsSaver.open(desk).current().server());
        assertEquals(Optional.of("Leiden Noord"), SettingsSaver.open(desk).current().team());
    }
}

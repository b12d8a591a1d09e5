package nl.meldtafel.ui.desk;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import nl.meldtafel.settings.SettingsFile;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.settings.WindowPlacement;
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
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The window opens where it was, and a move is saved while the desk runs, not only on a clean close. */
@ExtendWith(FxDeskExtension.class)
class WindowSettingsUiTest {

    @TempDir
    Path dir;
    private Stage stage;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        // a stage of its own: the primary one is shared with later UI tests, which must not find it resized
        stage = window.onFx(() -> {
            Stage own = new Stage();
            own.setScene(new Scene(new Pane(), 1000, 700));
            own.show();
            return own;
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(stage::close);
    }

    @Test
    void theWindowComesBackWhereItWasAndAMoveIsSavedDebounced(FxRobot robot) throws Exception {
        new SettingsFile(dir).update(s -> s.withWindow(new WindowPlacement(100, 50, 900, 600, false)));
        SettingsSaver settings = SettingsSaver.open(dir);

        robot.interact(() -> WindowSettings.restoreAndFollow(stage, settings));
        assertEquals(new WindowPlacement(100, 50, 900, 600, false), WindowSettings.of(stage));

        robot.interact(() -> {
            stage.setX(200);
            stage.setY(80);
        });
        // written by the saver's thread within its delay, without a close
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> new SettingsFile(dir).read().window().equals(Optional.of(new WindowPlacement(200, 80, 900, 600, false))));
        settings.close();
    }
}

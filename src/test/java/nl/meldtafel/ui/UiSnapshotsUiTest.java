package nl.meldtafel.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The snapshot tests' check finds a label that a user sees cut off, and only that one. */
@ExtendWith(ApplicationExtension.class)
class UiSnapshotsUiTest {

    private Scene scene;

    @Start
    void start(Stage stage) {
        Label cut = new Label("Droegen bij aan resultaat");
        cut.setMaxWidth(60);
        Label whole = new Label("Past");
        scene = new Scene(new VBox(cut, whole), 300, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void findsTheLabelShownCutOff() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Droegen bij aan resultaat"), UiSnapshots.cutOff(scene));
    }
}

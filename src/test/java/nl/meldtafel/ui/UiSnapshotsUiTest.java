package nl.meldtafel.ui;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The snapshot tests' check finds a label that a user sees cut off, and only that one. */
@ExtendWith(FxDeskExtension.class)
class UiSnapshotsUiTest {

    private Scene scene;

    @BeforeEach
    void open(DeskWindow window) throws Exception {
        window.onFx(() -> {
            Label cut = new Label("Droegen bij aan resultaat");
            cut.setMaxWidth(60);
            Label whole = new Label("Past");
            scene = window.show(new VBox(cut, whole), 300, 100);
        });
    }

    @Test
    void findsTheLabelShownCutOff() throws Exception {
        FxSettle.settle();
        assertEquals(List.of("Droegen bij aan resultaat"), UiSnapshots.cutOff(scene));
    }
}

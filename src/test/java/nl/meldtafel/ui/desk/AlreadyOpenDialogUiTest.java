package nl.meldtafel.ui.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.FxDeskExtension;
import nl.meldtafel.ui.FxSettle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/** A second desk on the same data folder says why it stops, in Dutch, and ends when the officer closes the notice. */
@ExtendWith(FxDeskExtension.class)
class AlreadyOpenDialogUiTest {

    @TempDir
    Path folder;

    @Test
    void theNoticeNamesTheFolderAndClosingItEndsTheSecondDesk(DeskWindow window, FxRobot robot) throws Exception {
        AtomicInteger ended = new AtomicInteger();
        window.onFx(() -> AlreadyOpenDialog.show(folder, ended::incrementAndGet));
        FxSettle.settle();
        DialogPane pane = robot.lookup("#alreadyOpen").queryAs(DialogPane.class);
        assertEquals("Meldtafel is al geopend", pane.getHeaderText());
        assertTrue(pane.getContentText().contains("al geopend met dezelfde gegevens (" + folder + ")"), pane.getContentText());
        assertTrue(pane.getContentText().contains("er is niets gewijzigd"), pane.getContentText());
        assertEquals(0, ended.get());

        robot.clickOn("Sluiten");
        FxSettle.settle();
        assertEquals(1, ended.get());
        assertTrue(robot.lookup("#alreadyOpen").tryQuery().isEmpty());
    }

    @Test
    void escapeClosesTheNoticeToo(DeskWindow window, FxRobot robot) throws Exception {
        AtomicInteger ended = new AtomicInteger();
        window.onFx(() -> AlreadyOpenDialog.show(folder, ended::incrementAndGet));
        FxSettle.settle();
        assertFalse(robot.lookup("#alreadyOpen").tryQuery().isEmpty());
        robot.type(KeyCode.ESCAPE);
        FxSettle.settle();
        assertEquals(1, ended.get());
    }
}

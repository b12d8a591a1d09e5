package nl.meldtafel.ui.compose;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextInputControl;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.ui.desk.DeskView;
import nl.meldtafel.ui.desk.DeskViewModel;
import nl.meldtafel.ui.desk.TestDesk;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole desk shown with a compose form whose sends go to memory, signed in as J. de Vries: for the
 * form's keyboard tests. Close it after the test.
 */
final class InMemoryComposeDesk implements AutoCloseable {

    private final DatabaseViewModel database;
    private final Scene scene;

    private InMemoryComposeDesk(DatabaseViewModel database, Scene scene) {
        this.database = database;
        this.scene = scene;
    }

    static InMemoryComposeDesk show(DeskWindow window, Path folder) throws Exception {
        return window.onFx(() -> {
            ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(ComposeFixture.CLOCK), ComposeFixture.CLOCK,
                    new InMemoryAlertSink(ComposeFixture.CLOCK), new ComposeFixture.InMemoryDraftStore(), TaskRunner.sameThread(),
                    FxClipboard::putText, url -> { });
            Storage storage = Storage.at(folder, ComposeFixture.CLOCK);
            DatabaseViewModel database = new DatabaseViewModel(TaskRunner.sameThread(), storage, folder);
            DeskViewModel desk = TestDesk.create(TaskRunner.sameThread(), () -> ComposeFixture.CATALOG, compose, database,
                    storage, folder, ComposeFixture.CLOCK);
            Scene scene = window.show(new DeskView(desk, ComposeFixture.ZONE));
            desk.start();
            TestDesk.signIn(desk, "J. de Vries", "123456");
            return new InMemoryComposeDesk(database, scene);
        });
    }

    Scene scene() {
        return scene;
    }

    /** What a field holds: a text field's text, a choice field's typed text. */
    static String fieldText(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).query();
        return WaitForAsyncUtils.asyncFx(() -> node instanceof ComboBox<?> combo ? combo.getEditor().getText()
                : ((TextInputControl) node).getText()).get();
    }

    @Override
    public void close() {
        database.close();
    }
}

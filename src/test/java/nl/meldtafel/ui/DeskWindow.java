package nl.meldtafel.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The window a JavaFX test shows a screen in, as the app shows it: the app's stylesheet, a size inside
 * Monocle's 1280x800 headless screen. What the test hands to {@link #closeAfter} (runners, fixtures)
 * is closed after the test, last first. Made and cleaned up by {@link FxDeskExtension}.
 */
public final class DeskWindow {

    /** The desk's usual size in tests; a larger window overflows Monocle's frame buffer. */
    public static final double WIDTH = 1280;
    public static final double HEIGHT = 760;

    private final Stage stage;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();

    DeskWindow(Stage stage) {
        this.stage = stage;
    }

    /** Shows {@code root} at the desk's usual size; call on the FX thread (inside {@link #onFx}). */
    public Scene show(Parent root) {
        return show(root, WIDTH, HEIGHT);
    }

    public Scene show(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(Objects.requireNonNull(DeskWindow.class.getResource("/nl/meldtafel/ui/meldtafel.css"))
                .toExternalForm());
        stage.setScene(scene);
        // the primary stage is shared by the tests of a JVM: it takes this scene's size, not the last test's
        stage.sizeToScene();
        stage.show();
        return scene;
    }

    /** Runs {@code work} on the FX thread and waits for it and the events it caused; its failure fails the test. */
    public <T> T onFx(Callable<T> work) throws Exception {
        T result = WaitForAsyncUtils.asyncFx(work).get();
        FxSettle.settle();
        return result;
    }

    /** As {@link #onFx(Callable)}, for work without a result. */
    public void onFx(FxWork work) throws Exception {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    /** Work on the FX thread that may throw. */
    @FunctionalInterface
    public interface FxWork {
        void run() throws Exception;
    }

    /** Closes {@code resource} after the test (before the stage goes), in reverse order of handing over. */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        toClose.push(resource);
        return resource;
    }

    public Stage stage() {
        return stage;
    }

    void close() throws Exception {
        Exception first = null;
        while (!toClose.isEmpty()) {
            try {
                toClose.pop().close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        FxToolkit.cleanupStages();
        if (first != null) {
            throw first;
        }
    }
}

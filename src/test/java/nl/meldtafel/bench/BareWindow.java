package nl.meldtafel.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for {@link StartupTiming}: a bare JavaFX window with one text field, the size of the desk,
 * that writes the same probe file as the desk's ReadyProbe once it is shown. Main is a plain class for
 * the same reason as the desk's (JavaFX from the classpath).
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            TextField field = new TextField();
            stage.setScene(new Scene(new StackPane(field), 1280, 760));
            stage.setTitle("Meldtafel");
            stage.show();
            field.requestFocus();
            // after the pulse that shows the window, as the desk's probe fires after its own
            Platform.runLater(() -> {
                String probe = System.getProperty("meldtafel.readyProbe");
                if (probe != null) {
                    try {
                        Files.writeString(Path.of(probe),
                                Long.toString(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
        }
    }
}

package nl.meldtafel.ui.desk;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.meldtafel.ui.common.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the window was and how big, saved as {@code window.json} in the settings folder. */
public record WindowSettings(double x, double y, double width, double height, boolean maximized) {

    private static final Logger LOG = LoggerFactory.getLogger(WindowSettings.class);

    static final String FILE = "window.json";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 500;

    /** Empty when never saved or unreadable: a damaged settings file must not stop the desk from starting. */
    public static Optional<WindowSettings> load(Path settingsFolder) {
        Path file = settingsFolder.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), WindowSettings.class));
        } catch (IOException e) {
            LOG.warn("Could not read {}; the window opens at its default place", FILE, e);
            return Optional.empty();
        }
    }

    public void save(Path settingsFolder) throws IOException {
        JsonFiles.writeAtomically(settingsFolder.resolve(FILE), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
    }

    public static WindowSettings of(Stage stage) {
        return new WindowSettings(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** Applies the saved bounds only when they still lie on a screen (a laptop undocked from its monitor). */
    public void applyTo(Stage stage) {
        Rectangle2D bounds = new Rectangle2D(x, y, Math.max(width, MIN_WIDTH), Math.max(height, MIN_HEIGHT));
        if (Screen.getScreensForRectangle(bounds).isEmpty()) {
            return;
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(maximized);
    }
}

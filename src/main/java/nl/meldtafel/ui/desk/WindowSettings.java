package nl.meldtafel.ui.desk;

import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.settings.WindowPlacement;

/** Where the window was and how big, kept in the desk settings while it moves, and put back on the next start. */
public final class WindowSettings {

    private static final double MIN_WIDTH = 800;
    private static final double MIN_HEIGHT = 500;

    private WindowSettings() {
    }

    /** Puts the saved placement back, then follows the window: each move is saved, many at once as one write. */
    public static void restoreAndFollow(Stage stage, SettingsSaver settings) {
        settings.current().window().ifPresent(placement -> applyTo(placement, stage));
        InvalidationListener follow = o -> {
            // an iconified window's place says nothing; before it is shown its place is not a number yet
            WindowPlacement now = of(stage);
            if (!stage.isIconified() && finite(now)) {
                settings.update(s -> s.withWindow(now));
            }
        };
        stage.xProperty().addListener(follow);
        stage.yProperty().addListener(follow);
        stage.widthProperty().addListener(follow);
        stage.heightProperty().addListener(follow);
        stage.maximizedProperty().addListener(follow);
    }

    static WindowPlacement of(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    static boolean finite(WindowPlacement placement) {
        return Double.isFinite(placement.x()) && Double.isFinite(placement.y())
                && Double.isFinite(placement.width()) && Double.isFinite(placement.height());
    }

    /** Applies the saved bounds only when they still lie on a screen (a laptop undocked from its monitor). */
    static void applyTo(WindowPlacement placement, Stage stage) {
        if (!finite(placement)) {
            return;
        }
        Rectangle2D bounds = new Rectangle2D(placement.x(), placement.y(),
                Math.max(placement.width(), MIN_WIDTH), Math.max(placement.height(), MIN_HEIGHT));
        if (Screen.getScreensForRectangle(bounds).isEmpty()) {
            return;
        }
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        stage.setMaximized(placement.maximized());
    }
}

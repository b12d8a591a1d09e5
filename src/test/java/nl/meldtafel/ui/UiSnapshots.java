package nl.meldtafel.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Pictures of a screen for a human look (target/ui-snapshots), and what a user would see wrong in them. */
public final class UiSnapshots {

    private UiSnapshots() {
    }

    /** Writes the scene as a PNG; returns the file. */
    public static Path save(Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        PixelReader pixels = image.getPixelReader();
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path folder = Files.createDirectories(Path.of("target", "ui-snapshots"));
        Path file = folder.resolve(name);
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

    /**
     * Labels and buttons whose text is shown cut off ("Droegen bij aa…"). Table, list and choice cells
     * are left out: they shorten long values by design and show them whole in the detail.
     */
    public static List<String> cutOff(Scene scene) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> cut = new ArrayList<>();
            collect(scene.getRoot(), cut);
            return cut;
        }).get();
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible() || node instanceof Cell<?> || node instanceof ComboBoxBase<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text shown && shown.isVisible() && !shown.getText().equals(labeled.getText())
                        && shown.getText().endsWith(labeled.getEllipsisString())) {
                    cut.add(labeled.getText());
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}

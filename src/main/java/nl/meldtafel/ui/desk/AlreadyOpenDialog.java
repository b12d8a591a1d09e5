package nl.meldtafel.ui.desk;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import nl.meldtafel.i18n.Texts;

import java.nio.file.Path;

/** Said by a desk started while another desk on this PC uses the same data folder: it stops without touching it. */
public final class AlreadyOpenDialog {

    private AlreadyOpenDialog() {
    }

    /** Shows the notice; {@code afterClose} runs once it is closed (by its button, Escape or the window's cross). */
    public static Alert show(Path dataFolder, Runnable afterClose) {
        Alert dialog = new Alert(Alert.AlertType.WARNING, Texts.get("desk.alreadyOpen.text", dataFolder),
                new ButtonType(Texts.get("desk.dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setTitle(Texts.get("desk.alreadyOpen.title"));
        dialog.setHeaderText(Texts.get("desk.alreadyOpen.title"));
        dialog.getDialogPane().setId("alreadyOpen");
        dialog.getDialogPane().setPrefWidth(520);
        dialog.getDialogPane().getStylesheets().add(DeskView.stylesheet());
        dialog.setOnHidden(e -> afterClose.run());
        dialog.show();
        return dialog;
    }
}

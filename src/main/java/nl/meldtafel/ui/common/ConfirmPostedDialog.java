package nl.meldtafel.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.meldtafel.i18n.Texts;

import java.util.List;

/**
 * Asks before an unconfirmed alert is recorded as posted: it may be a colleague's, and a stray key
 * must never change the log. "Annuleren" is the default, so Enter alone confirms nothing.
 */
public final class ConfirmPostedDialog {

    private ConfirmPostedDialog() {
    }

    /**
     * @param what   "Heterdaad, gekopieerd om 14.32"
     * @param gist   the alert's summary line
     * @param sender who copied it
     * @return whether the officer confirmed it was posted
     */
    public static boolean ask(Window owner, List<String> stylesheets, String what, String gist, String sender) {
        ButtonType yes = new ButtonType(Texts.get("confirmPosted.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("confirmPosted.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = new Alert(Alert.AlertType.CONFIRMATION, "", yes, cancel);
        dialog.setTitle(Texts.get("confirmPosted.title"));
        dialog.setHeaderText(Texts.get("confirmPosted.question"));
        Label whatLabel = new Label(what);
        whatLabel.getStyleClass().add("row-kind");
        Label gistLabel = new Label(gist);
        gistLabel.setWrapText(true);
        Label senderLabel = new Label(Texts.get("confirmPosted.sender", sender == null || sender.isBlank()
                ? Texts.get("confirmPosted.unknownSender") : sender));
        senderLabel.setId("confirmPostedSender");
        VBox content = new VBox(6, whatLabel, gistLabel, senderLabel);
        content.setId("confirmPostedContent");
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        ((Button) dialog.getDialogPane().lookupButton(yes)).setDefaultButton(false);
        ((Button) dialog.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (stylesheets != null) {
            dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        }
        return dialog.showAndWait().filter(yes::equals).isPresent();
    }
}

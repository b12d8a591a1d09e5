package nl.meldtafel.ui.followup;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import nl.meldtafel.i18n.Texts;

import java.util.List;

/** "Sluiten zonder bericht": asks the reason, which is required, then hands it to the view model. */
public final class CloseReasonDialog {

    private CloseReasonDialog() {
    }

    public static void show(Window owner, List<String> stylesheets, FollowUpViewModel model, FollowUpItem item) {
        ButtonType close = new ButtonType(Texts.get("followUp.close.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("followUp.close.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("followUp.close.title"));
        dialog.setHeaderText(Texts.get("followUp.close.header", item.kindText(), item.row().summary()));
        dialog.getDialogPane().getButtonTypes().setAll(close, cancel);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        }
        TextArea reason = new TextArea();
        reason.setId("closeReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Texts.get("followUp.close.prompt"));
        StringBinding problem = Bindings.createStringBinding(() -> FollowUpViewModel.closeReasonProblem(reason.getText()),
                reason.textProperty());
        Label problemLabel = new Label();
        problemLabel.setId("closeReasonProblem");
        problemLabel.getStyleClass().add("problem-line");
        problemLabel.textProperty().bind(problem);
        Label explain = new Label(Texts.get("followUp.close.explain"));
        explain.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, explain, reason, problemLabel));
        dialog.getDialogPane().setPrefWidth(520);
        Node ok = dialog.getDialogPane().lookupButton(close);
        ok.setId("closeConfirm");
        ok.disableProperty().bind(problem.isNotNull());
        dialog.setResultConverter(button -> button == close ? reason.getText() : null);
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.resultProperty().addListener((o, old, text) -> {
            if (text != null) {
                model.close(item, text);
            }
        });
        dialog.show();
    }
}

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
import java.util.function.Consumer;

/** "Sluiten zonder bericht": asks the reason, which is required, then hands it to the view model. */
public final class CloseReasonDialog {

    private CloseReasonDialog() {
    }

    public static void show(Window owner, List<String> stylesheets, FollowUpViewModel model, FollowUpItem item) {
        ask(owner, stylesheets, "followUp.close", Texts.get("followUp.close.header", item.kindText(), item.row().summary()),
                reason -> model.close(item, reason));
    }

    /** "Overslaan…": why the alert is not posted in this group; the reason is required too. */
    public static void showSkip(Window owner, List<String> stylesheets, FollowUpViewModel model, NotPostedItem item) {
        ask(owner, stylesheets, "followUp.skip", Texts.get("followUp.skip.header", item.groupName(), item.alertText()),
                reason -> model.skip(item, reason));
    }

    /** The texts come from {@code keys}.title, .ok, .cancel, .explain and .prompt. */
    private static void ask(Window owner, List<String> stylesheets, String keys, String header, Consumer<String> then) {
        ButtonType close = new ButtonType(Texts.get(keys + ".ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get(keys + ".cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(Texts.get(keys + ".title"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(close, cancel);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        }
        TextArea reason = new TextArea();
        reason.setId("closeReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Texts.get(keys + ".prompt"));
        StringBinding problem = Bindings.createStringBinding(() -> FollowUpViewModel.closeReasonProblem(reason.getText()),
                reason.textProperty());
        Label problemLabel = new Label();
        problemLabel.setId("closeReasonProblem");
        problemLabel.getStyleClass().add("problem-line");
        problemLabel.textProperty().bind(problem);
        Label explain = new Label(Texts.get(keys + ".explain"));
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
                then.accept(text);
            }
        });
        dialog.show();
    }
}

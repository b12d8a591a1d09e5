package nl.meldtafel.ui.compose;

import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;

/** "Geplaatst in WhatsApp?" inline, so Enter and Esc answer it without a modal dialog. */
final class ConfirmationBar extends VBox {

    private final BooleanBinding asking;
    private final Button yes = new Button(Texts.get("compose.confirm.yes"));

    ConfirmationBar(ComposeViewModel model) {
        super(6);
        setId("confirmationBar");
        getStyleClass().add("confirmation-bar");
        Label question = new Label(Texts.get("compose.confirm.question"));
        question.getStyleClass().add("question");
        Label explain = new Label(Texts.get("compose.confirm.explain"));
        explain.setWrapText(true);
        yes.setId("confirmYes");
        yes.getStyleClass().add("primary");
        yes.setOnAction(e -> model.confirmSent());
        Button later = new Button(Texts.get("compose.confirm.later"));
        later.setId("confirmLater");
        later.setOnAction(e -> model.later());
        HBox buttons = new HBox(8, yes, later);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(question, explain, buttons);

        asking = model.awaitingConfirmationProperty().isNotNull();
        visibleProperty().bind(asking);
        managedProperty().bind(asking);
        // Focus on "Ja" gives the keyboard a home while the form is locked.
        asking.addListener((o, was, now) -> {
            if (now) {
                yes.requestFocus();
            }
        });
    }
}

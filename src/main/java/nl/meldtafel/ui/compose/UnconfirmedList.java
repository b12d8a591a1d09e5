package nl.meldtafel.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.ui.common.ConfirmPostedDialog;

import java.time.ZoneId;

/** "Nog niet bevestigd": copied messages the officer answered "Later" to, each one copy or confirm away. */
final class UnconfirmedList extends VBox {

    private final ComposeViewModel model;
    private final ZoneId zone;
    private final VBox rows = new VBox(4);
    private final BooleanBinding any;

    UnconfirmedList(ComposeViewModel model, ZoneId zone) {
        super(4);
        this.model = model;
        this.zone = zone;
        setId("unconfirmedList");
        getStyleClass().add("unconfirmed");
        Label title = new Label(Texts.get("compose.unconfirmed.title"));
        title.getStyleClass().add("warning-line-heading");
        getChildren().addAll(title, rows);
        any = Bindings.isNotEmpty(model.unconfirmed());
        visibleProperty().bind(any);
        managedProperty().bind(any);
        model.unconfirmed().addListener((ListChangeListener<PendingAlert>) c -> refill());
        refill();
    }

    /** The line after the heading ("Straatroof om 14.32 uur: Stationsplein.") tells two pending alerts apart. */
    static String gist(String text) {
        String[] lines = text.split("\n");
        String line = lines.length > 1 ? lines[1].strip() : lines[0].strip();
        // the headline is bold in WhatsApp ("*Straatroof – Hoogstraat*"); here the markers would show as they are
        return line.replaceAll("^[*_~]+|[*_~]+$", "");
    }

    private void refill() {
        rows.getChildren().clear();
        for (PendingAlert pending : model.unconfirmed()) {
            Label what = new Label(Texts.get("compose.unconfirmed.row", pending.title(), FieldModel.TIME.format(pending.copiedAt().atZone(zone))));
            Label gist = new Label(gist(pending.text()));
            gist.getStyleClass().add("muted");
            gist.setMinWidth(0);
            VBox text = new VBox(what, gist);
            text.setMinWidth(0);
            Tooltip.install(text, new Tooltip(pending.text()));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button copy = new Button(Texts.get("compose.unconfirmed.copy"));
            copy.setId("copyUnconfirmed-" + pending.id());
            copy.setOnAction(e -> model.copyAgain(pending));
            Button confirm = new Button(Texts.get("compose.unconfirmed.confirm"));
            confirm.setId("confirmUnconfirmed-" + pending.id());
            confirm.setOnAction(e -> {
                String copied = Texts.get("compose.unconfirmed.row", pending.title(), FieldModel.TIME.format(pending.copiedAt().atZone(zone)));
                if (ConfirmPostedDialog.ask(getScene() == null ? null : getScene().getWindow(),
                        getScene() == null ? null : getScene().getStylesheets(), copied, gist(pending.text()), pending.sender())) {
                    model.confirm(pending);
                }
            });
            // Outside the form's Tab cycle: a Tab too many followed by Space must never confirm an alert.
            copy.setFocusTraversable(false);
            confirm.setFocusTraversable(false);
            // The buttons keep their full labels; the gist is what gets shortened.
            copy.setMinWidth(Region.USE_PREF_SIZE);
            confirm.setMinWidth(Region.USE_PREF_SIZE);
            // Beside the form the panel is narrow: on one line with the buttons, the time was cut to
            // "Heterdaad om 1…", so the text has the row's width and the buttons go under it.
            HBox actions = new HBox(6, spacer, copy, confirm);
            actions.setAlignment(Pos.CENTER_RIGHT);
            VBox row = new VBox(2, text, actions);
            rows.getChildren().add(row);
        }
    }
}

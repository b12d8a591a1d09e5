package nl.meldtafel.ui.shift;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import nl.meldtafel.i18n.Texts;

/**
 * Shows the Dagoverzicht when it is there: Enter or Esc closes it, "Naar Opvolging" goes where the open
 * alerts are.
 */
public final class DayOverviewDialog {

    private final DayOverviewViewModel model;
    private final Supplier<Scene> ownerScene;
    private final Runnable toFollowUp;
    private Dialog<ButtonType> dialog;

    public DayOverviewDialog(DayOverviewViewModel model, Supplier<Scene> ownerScene, Runnable toFollowUp) {
        this.model = model;
        this.ownerScene = ownerScene;
        this.toFollowUp = toFollowUp;
        model.shownProperty().addListener((o, was, now) -> {
            if (now != null) {
                open(now);
            } else if (dialog != null) {
                Dialog<ButtonType> closing = dialog;
                dialog = null;
                closing.close();
            }
        });
    }

    private void open(DayOverviewViewModel.Shown shown) {
        if (dialog != null) {
            dialog.close();
        }
        // the cancel button, made default too: Esc and Enter both close it
        ButtonType close = new ButtonType(Texts.get("shift.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType followUp = new ButtonType(Texts.get("shift.toFollowUp"), ButtonBar.ButtonData.OTHER);
        Dialog<ButtonType> d = new Dialog<>();
        d.setTitle(Texts.get("shift.window"));
        d.setHeaderText(shown.title());
        d.getDialogPane().setId("dayOverview");
        d.getDialogPane().getButtonTypes().setAll(followUp, close);
        Button closeButton = (Button) d.getDialogPane().lookupButton(close);
        closeButton.setId("dayOverviewClose");
        closeButton.setDefaultButton(true);
        d.getDialogPane().lookupButton(followUp).setId("dayOverviewFollowUp");
        d.getDialogPane().setContent(content(shown));
        d.getDialogPane().setPrefWidth(620);
        Scene scene = ownerScene.get();
        if (scene != null && scene.getWindow() != null) {
            d.initOwner(scene.getWindow());
            d.getDialogPane().getStylesheets().setAll(scene.getStylesheets());
        }
        d.setResultConverter(type -> type);
        d.setOnHidden(e -> {
            if (dialog == d) {
                dialog = null;
                if (d.getResult() == followUp) {
                    toFollowUp.run();
                }
                model.dismiss();
            }
        });
        dialog = d;
        d.show();
    }

    private static VBox content(DayOverviewViewModel.Shown shown) {
        VBox box = new VBox(10);
        Label since = new Label(shown.since());
        since.setId("dayOverviewSince");
        since.setWrapText(true);
        since.getStyleClass().add("muted");
        box.getChildren().add(since);
        if (shown.quiet()) {
            Label quiet = new Label(Texts.get("shift.quiet"));
            quiet.setId("dayOverviewQuiet");
            quiet.setWrapText(true);
            box.getChildren().add(quiet);
            return box;
        }
        for (DayOverviewViewModel.Part part : shown.parts()) {
            Label heading = new Label(part.heading());
            heading.setId(part.id());
            heading.getStyleClass().add("section-title");
            VBox lines = new VBox(2);
            part.lines().forEach(text -> {
                Label line = new Label(text);
                line.setWrapText(true);
                lines.getChildren().add(line);
            });
            if (!part.more().isEmpty()) {
                Label more = new Label(part.more());
                more.getStyleClass().add("muted");
                lines.getChildren().add(more);
            }
            box.getChildren().add(new VBox(4, heading, lines));
        }
        return box;
    }
}

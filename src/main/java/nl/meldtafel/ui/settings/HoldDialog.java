package nl.meldtafel.ui.settings;

import nl.meldtafel.template.DutchInput;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.DutchFormat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.BiConsumer;

/** "Bewaren…": a reason and an end date for keeping an alert past its retention period. */
public final class HoldDialog {

    /** The default end: long enough for most investigations, short enough to be looked at again. */
    static final int DEFAULT_DAYS = 90;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private HoldDialog() {
    }

    public static void show(Window owner, List<String> stylesheets, String what, LocalDate today,
                            BiConsumer<String, LocalDate> onPlace) {
        ButtonType place = new ButtonType(Texts.get("hold.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("hold.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("hold.title"));
        dialog.setHeaderText(Texts.get("hold.header", what));
        dialog.getDialogPane().getButtonTypes().setAll(place, cancel);
        if (owner != null) {
            dialog.initOwner(owner);
            dialog.getDialogPane().getStylesheets().setAll(stylesheets);
        }
        TextArea reason = new TextArea();
        reason.setId("holdReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(Texts.get("hold.reason.prompt"));
        DatePicker until = new DatePicker(today.plusDays(DEFAULT_DAYS));
        until.setId("holdUntil");
        until.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DAY.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return text == null || text.isBlank() ? null : DutchInput.parseDate(text, today.getYear()).orElse(null);
            }
        });
        until.setPromptText(Texts.get("hold.until.prompt"));
        StringBinding problem = Bindings.createStringBinding(
                () -> SettingsViewModel.holdProblem(reason.getText(), until.getValue(), today),
                reason.textProperty(), until.valueProperty());
        Label problemLabel = new Label();
        problemLabel.setId("holdProblem");
        problemLabel.getStyleClass().add("problem-line");
        problemLabel.textProperty().bind(problem);
        Label explain = new Label(Texts.get("hold.explain"));
        explain.setWrapText(true);
        Label untilLabel = new Label(Texts.get("hold.until"));
        untilLabel.setLabelFor(until);
        Label reasonLabel = new Label(Texts.get("hold.reason"));
        reasonLabel.setLabelFor(reason);
        dialog.getDialogPane().setContent(new VBox(8, explain, reasonLabel, reason, untilLabel, until, problemLabel));
        dialog.getDialogPane().setPrefWidth(520);
        Node ok = dialog.getDialogPane().lookupButton(place);
        ok.setId("holdConfirm");
        ok.disableProperty().bind(problem.isNotNull());
        dialog.setOnShown(e -> reason.requestFocus());
        dialog.resultProperty().addListener((o, old, button) -> {
            if (button == place) {
                onPlace.accept(reason.getText().strip(), until.getValue());
            }
        });
        dialog.show();
    }
}

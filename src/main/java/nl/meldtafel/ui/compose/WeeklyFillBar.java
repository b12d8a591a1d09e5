package nl.meldtafel.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import nl.meldtafel.i18n.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The weekoverzicht's period chooser with "Vullen uit logboek"; shown only while that form is open. */
final class WeeklyFillBar extends VBox {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final WeeklyFillModel model;
    // Held in fields so they live as long as the view.
    private final StringBinding problemOrStatus;
    private final BooleanBinding hasError;

    WeeklyFillBar(WeeklyFillModel model) {
        super(6);
        this.model = model;
        setId("weeklyFillBar");
        getStyleClass().add("weekly-bar");
        visibleProperty().bind(model.shownProperty());
        managedProperty().bind(visibleProperty());

        Label heading = new Label(Texts.get("compose.weekly.heading"));
        heading.getStyleClass().add("section-title");
        ToggleGroup choice = new ToggleGroup();
        RadioButton previous = new RadioButton(model.previousWeekLabel());
        previous.setId("weeklyPreviousWeek");
        previous.setToggleGroup(choice);
        RadioButton custom = new RadioButton(Texts.get("compose.weekly.custom"));
        custom.setId("weeklyCustom");
        custom.setToggleGroup(choice);
        (model.customProperty().get() ? custom : previous).setSelected(true);
        choice.selectedToggleProperty().addListener((o, old, now) -> model.customProperty().set(now == custom));
        model.customProperty().addListener((o, was, now) -> (now ? custom : previous).setSelected(true));
        // The label names the week as it is when the form is shown, also after midnight on a Sunday.
        model.shownProperty().addListener((o, was, now) -> previous.setText(model.previousWeekLabel()));

        DatePicker from = datePicker("weeklyFrom", model.fromProperty().get());
        DatePicker to = datePicker("weeklyTo", model.toProperty().get());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        // Picking a date means the officer wants those dates.
        from.valueProperty().addListener((o, old, now) -> model.customProperty().set(true));
        to.valueProperty().addListener((o, old, now) -> model.customProperty().set(true));
        HBox customRow = new HBox(8, custom, from, new Label(Texts.get("compose.weekly.until")), to);
        customRow.setAlignment(Pos.CENTER_LEFT);

        Button fill = new Button(Texts.get("compose.weekly.fill"));
        fill.setId("weeklyFill");
        fill.getStyleClass().add("primary");
        fill.disableProperty().bind(model.canFillProperty().not());
        fill.setOnAction(e -> fillAfterAsking());
        Label status = new Label();
        status.setId("weeklyStatus");
        status.setWrapText(true);
        status.getStyleClass().add("weekly-status");
        problemOrStatus = Bindings.createStringBinding(() -> model.periodProblemProperty().get() != null
                        ? model.periodProblemProperty().get()
                        : model.errorProperty().get() != null ? model.errorProperty().get() : model.statusProperty().get(),
                model.periodProblemProperty(), model.errorProperty(), model.statusProperty());
        status.textProperty().bind(problemOrStatus);
        hasError = model.periodProblemProperty().isNotNull().or(model.errorProperty().isNotNull());
        hasError.addListener((o, was, now) -> status.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), now));
        fill.setMinWidth(Region.USE_PREF_SIZE);
        hideWhenEmpty(status);

        getChildren().addAll(heading, previous, customRow, fill, status);
        // The status wraps to the form's width; its unwrapped length must not widen the form at the preview's cost.
        setMinWidth(0);
        setPrefWidth(100);
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    private static DatePicker datePicker(String id, LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setId(id);
        picker.setPrefWidth(135);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        });
        return picker;
    }

    private void fillAfterAsking() {
        if (!model.wouldReplaceEdits() || askReplace()) {
            model.fill();
        }
    }

    private boolean askReplace() {
        ButtonType ok = new ButtonType(Texts.get("compose.weekly.replace.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Texts.get("compose.weekly.replace.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("compose.weekly.replace.question"), ok, cancel);
        alert.setTitle(Texts.get("compose.weekly.replace.title"));
        alert.setHeaderText(Texts.get("compose.weekly.replace.title"));
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        return alert.showAndWait().filter(ok::equals).isPresent();
    }
}

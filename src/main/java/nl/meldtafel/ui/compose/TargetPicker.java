package nl.meldtafel.ui.compose;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.i18n.Texts;

import java.util.List;
import java.util.stream.Collectors;

/** One line above the form: "Naar: wijk Centrum (3 groepen)" and "Wijzigen…", which opens the picker. */
final class TargetPicker extends HBox {

    private final ComposeViewModel model;
    private final Button change = new Button(Texts.get("compose.targets.change"));
    // Held in fields so they live as long as the view.
    private final StringBinding summary;
    private final StringBinding hint;
    private final BooleanBinding cannotChange;

    TargetPicker(ComposeViewModel model) {
        super(8);
        this.model = model;
        setId("targetPicker");
        getStyleClass().add("target-picker");
        setAlignment(Pos.CENTER_LEFT);
        // A long list of names must not widen the form and squeeze the preview: the summary is cut instead.
        setPrefWidth(100);
        setMinWidth(0);

        summary = Bindings.createStringBinding(() -> model.noRegisterProperty().get() ? Texts.get("compose.targets.noRegister")
                : model.targetSummaryProperty().get(), model.noRegisterProperty(), model.targetSummaryProperty());
        hint = Bindings.createStringBinding(() -> hintOf(model.targetChoiceProperty().get()), model.targetChoiceProperty());
        Label to = new Label();
        to.setId("targetSummary");
        to.getStyleClass().add("target-summary");
        to.textProperty().bind(summary);
        to.setMinWidth(0);
        // The full list when the line is cut.
        Tooltip full = new Tooltip();
        full.textProperty().bind(Bindings.createStringBinding(() -> model.targetChoiceProperty().get() == null ? ""
                : model.targetChoiceProperty().get().groups().stream().map(GroupRef::label).collect(Collectors.joining("\n")),
                model.targetChoiceProperty()));
        to.setTooltip(full);
        Label source = new Label();
        source.setId("targetHint");
        source.getStyleClass().add("muted");
        source.textProperty().bind(hint);
        source.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        change.setId("targetChange");
        change.setMinWidth(Region.USE_PREF_SIZE);
        cannotChange = model.noRegisterProperty().or(model.targetOptionsProperty().isNull())
                .or(model.targetChoiceProperty().isNull()).or(model.awaitingConfirmationProperty().isNotNull())
                .or(model.formProperty().isNull());
        change.disableProperty().bind(cannotChange);
        change.visibleProperty().bind(model.noRegisterProperty().not());
        change.managedProperty().bind(change.visibleProperty());
        change.setOnAction(e -> open());
        getChildren().addAll(to, source, spacer, change);

        visibleProperty().bind(model.formProperty().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    /** Where the default came from, and groups of it that are no longer active. */
    private static String hintOf(TargetChoice choice) {
        if (choice == null) {
            return "";
        }
        String source = switch (choice.source()) {
            case ORIGINAL -> Texts.get("compose.targets.source.ORIGINAL");
            case LAST_CHOICE -> Texts.get("compose.targets.source.LAST_CHOICE");
            case NONE -> "";
        };
        if (choice.unavailable().isEmpty()) {
            return source;
        }
        String gone = Texts.get("compose.targets.unavailable",
                choice.unavailable().stream().map(GroupRef::name).collect(Collectors.joining(", ")));
        return source.isEmpty() ? gone : source + " · " + gone;
    }

    /** Ctrl+G or "Wijzigen…". */
    void open() {
        if (change.isDisabled()) {
            return;
        }
        TargetChoice current = model.targetChoiceProperty().get();
        TargetPickerModel picker = new TargetPickerModel(model.targetOptionsProperty().get(),
                current == null ? List.of() : current.ids());
        TargetPickerDialog.show(getScene(), picker, model::chooseTargets);
    }
}

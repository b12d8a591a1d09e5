package nl.meldtafel.ui.compose;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.FieldType;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.decoration.StyleClassValidationDecoration;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The generated form of one template, built once per template: typing only changes properties, it
 * never rebuilds nodes. Required fields carry " *" and a ValidationSupport decoration while empty.
 */
final class FormView extends GridPane {

    private final ValidationSupport validation = new ValidationSupport();
    private final Map<KeyCode, GroupView> groupKeys = new HashMap<>();

    FormView(FormModel form) {
        getStyleClass().add("compose-form");
        setHgap(10);
        setVgap(8);
        // Style-class decoration keeps the scene root untouched and takes its colours from the stylesheet tokens.
        validation.setValidationDecorator(new StyleClassValidationDecoration());
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setMaxWidth(220);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        getColumnConstraints().addAll(labels, inputs);

        int row = 0;
        for (FormItem item : form.items()) {
            if (item instanceof GroupModel group) {
                KeyCode key = freeLetter(group.definition().label());
                GroupView view = new GroupView(group, validation, key == null ? null : key.getName());
                if (key != null) {
                    groupKeys.put(key, view);
                }
                add(view, 0, row, 2, 1);
            } else if (item instanceof FieldModel field) {
                Region editor = FieldEditors.create(field, validation, "field-" + field.definition().key());
                if (field.type() == FieldType.YES_NO) {
                    add(editor, 1, row);
                } else {
                    add(label(field.definition()), 0, row);
                    add(editor, 1, row);
                }
            }
            row++;
        }
        // Without this ControlsFX decorates only after the first edit; an officer should see at once what is required.
        validation.initInitialDecoration();
    }

    /** The first letter of the label not taken by an earlier group: Verdachte Alt+V, Voertuig Alt+O. */
    private KeyCode freeLetter(String label) {
        for (char c : label.toUpperCase(Locale.ROOT).toCharArray()) {
            KeyCode code = c >= 'A' && c <= 'Z' ? KeyCode.getKeyCode(String.valueOf(c)) : null;
            if (code != null && !groupKeys.containsKey(code)) {
                return code;
            }
        }
        return null;
    }

    /** The group whose "+" button carries this Alt+letter. */
    Optional<GroupView> groupForKey(KeyCode code) {
        return Optional.ofNullable(groupKeys.get(code));
    }

    private static Label label(FieldDefinition field) {
        Label label = new Label(field.required() ? Texts.get("compose.required", field.label()) : field.label());
        label.getStyleClass().add(field.required() ? "required-label" : "field-label");
        label.setWrapText(true);
        return label;
    }

    ValidationSupport validation() {
        return validation;
    }
}

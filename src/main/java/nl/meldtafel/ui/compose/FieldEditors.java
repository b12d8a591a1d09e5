package nl.meldtafel.ui.compose;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import nl.meldtafel.i18n.Texts;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

import java.util.List;
import java.util.Locale;

/** Builds the input for one field by its type and binds it to the field's model. */
final class FieldEditors {

    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private static final int LONG_TEXT = 1000;

    private FieldEditors() {
    }

    /** The editor node; its input control gets {@code id}, so tests and styles find it. */
    static Region create(FieldModel field, ValidationSupport validation, String id) {
        Region editor = switch (field.type()) {
            case YES_NO -> checkBox(field);
            case MULTILINE -> bound(field, textArea(field), validation);
            case CHOICE, DAY -> comboBox(field, validation);
            case TIME -> timeEditor(field, validation);
            case LICENCE_PLATE -> plateField(field, validation);
            default -> bound(field, new TextField(), validation);
        };
        Control input = editor instanceof HBox box ? (Control) box.getChildren().get(0) : (Control) editor;
        input.setId(id);
        showProblems(field, input);
        input.disableProperty().bind(field.enabledProperty().not());
        return editor;
    }

    private static CheckBox checkBox(FieldModel field) {
        CheckBox box = new CheckBox(field.definition().label());
        box.selectedProperty().bindBidirectional(field.checkedProperty());
        box.setWrapText(true);
        return box;
    }

    /** A field meant for a long text (the weekoverzicht's overview) gets room to read it without scrolling. */
    private static TextArea textArea(FieldModel field) {
        TextArea area = new TextArea();
        // Tab moves on, as in every other field; Enter makes a new line. Ctrl+Tab is the text area's own traversal.
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(e.getSource(), e.getTarget(), e.getEventType(), e.getCharacter(), e.getText(),
                        e.getCode(), e.isShiftDown(), true, false, false));
            }
        });
        area.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("\t".equals(e.getCharacter()) && !e.isControlDown()) {
                e.consume();
            }
        });
        area.setWrapText(true);
        area.setPrefRowCount(field.definition().maxLength() > LONG_TEXT ? 10 : 3);
        return area;
    }

    private static <T extends TextInputControl> T bound(FieldModel field, T input, ValidationSupport validation) {
        input.textProperty().bindBidirectional(field.textProperty());
        input.setPromptText(field.definition().hint());
        if (field.definition().required()) {
            validation.registerValidator(input, true,
                    Validator.createEmptyValidator(Texts.get("compose.required.empty", field.definition().label())));
        }
        return input;
    }

    /**
     * The officer's problem ("'straks' is geen tijd") shows on the field itself, not only below the preview.
     * On the combo box itself: its editor's tooltip is bound to the combo's.
     */
    private static void showProblems(FieldModel field, Control input) {
        field.problemProperty().addListener((o, old, problem) -> {
            input.pseudoClassStateChanged(PROBLEM, problem != null);
            input.setTooltip(problem == null ? null : new Tooltip(problem));
        });
    }

    /**
     * Editable, so free entry stays possible; the editor text is the value, so the preview follows each
     * keystroke. Auto-completion is bound here, on the FX thread, from the template's fixed options.
     */
    private static ComboBox<String> comboBox(FieldModel field, ValidationSupport validation) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setItems(field.options());
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setVisibleRowCount(8);
        bound(field, combo.getEditor(), validation);
        combo.setPromptText(field.definition().hint());
        combo.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && !chosen.equals(field.textProperty().get())) {
                field.textProperty().set(chosen);
            }
        });
        selectAllOnTab(combo);
        // No suggestion popup while typing: a popup gets the window's keys, and Tab took its first suggestion.
        // A suggestion is taken only when the officer asks with the down arrow.
        combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isAltDown() && !combo.isShowing()) {
                List<String> matches = suggestions(field.fittingOptions(), combo.getEditor().getText());
                if (!matches.isEmpty()) {
                    combo.setValue(matches.get(0));
                    combo.getEditor().end();
                    e.consume();
                }
            }
        });
        return combo;
    }

    /**
     * Tab into a choice selects what is there, as in a text field: typing replaces it ("t" over "fors"
     * must not make "tfors"). A click still puts the caret where the officer clicked.
     */
    private static void selectAllOnTab(ComboBox<String> combo) {
        TextField editor = combo.getEditor();
        boolean[] byMouse = {false};
        // The text as it was when Tab arrived; cleared by the first edit, a click or a move of the caret.
        String[] atTab = {null};
        combo.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            byMouse[0] = true;
            atTab[0] = null;
        });
        combo.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode().isNavigationKey()) {
                atTab[0] = null;
            }
        });
        combo.focusedProperty().addListener((o, was, focused) -> {
            atTab[0] = focused && !byMouse[0] && !editor.getText().isEmpty() ? editor.getText() : null;
            if (atTab[0] != null) {
                editor.selectAll();
                Platform.runLater(() -> {
                    if (atTab[0] != null && atTab[0].equals(editor.getText())) {
                        editor.selectAll();
                    }
                });
            }
            byMouse[0] = false;
        });
        // Decided on the text itself: a key typed fast after Tab may be handled before any selection
        // took effect (seen under a real window system), and would be added to the old text.
        editor.textProperty().addListener((o, old, now) -> {
            String before = atTab[0];
            atTab[0] = null;
            if (before == null || !before.equals(old) || now == null) {
                return;
            }
            if (now.length() == before.length() + 1 && now.startsWith(before)) {
                editor.setText(now.substring(before.length()));
                editor.end();
            } else if (now.length() == before.length() + 1 && now.endsWith(before)) {
                editor.setText(now.substring(0, 1));
                editor.end();
            } else if (now.length() == before.length() - 1 && (before.startsWith(now) || before.endsWith(now))) {
                editor.setText(""); // Backspace or Delete over what looked selected
            }
        });
    }

    /**
     * Options containing the typed text; none once it matches one exactly, so the down arrow then simply
     * moves through the list.
     */
    static List<String> suggestions(List<String> options, String typed) {
        String text = typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || options.stream().anyMatch(o -> o.toLowerCase(Locale.ROOT).equals(text))) {
            return List.of();
        }
        return options.stream().filter(o -> o.toLowerCase(Locale.ROOT).contains(text)).toList();
    }

    private static HBox timeEditor(FieldModel field, ValidationSupport validation) {
        TextField input = bound(field, new TextField(), validation);
        input.setPrefColumnCount(6);
        Button now = new Button(Texts.get("compose.button.now"));
        now.setOnAction(e -> field.setNow());
        now.setFocusTraversable(false);
        Button minusFive = new Button(Texts.get("compose.button.minusFive"));
        minusFive.setOnAction(e -> field.minusFiveMinutes());
        minusFive.setFocusTraversable(false);
        HBox box = new HBox(6, input, now, minusFive);
        box.getStyleClass().add("time-editor");
        return box;
    }

    private static TextField plateField(FieldModel field, ValidationSupport validation) {
        TextField input = bound(field, new TextField(), validation);
        input.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                field.normalise();
            }
        });
        input.setOnAction(e -> field.normalise());
        HBox.setHgrow(input, Priority.ALWAYS);
        return input;
    }
}

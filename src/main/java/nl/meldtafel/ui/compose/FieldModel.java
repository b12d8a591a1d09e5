package nl.meldtafel.ui.compose;

import nl.meldtafel.template.DutchInput;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.meldtafel.message.DutchFormat;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.FieldType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of one scalar field while the officer types. Text kinds keep the raw text (the renderer
 * interprets it); yes/no fields keep a flag. A field with {@code requires} is enabled only while its
 * yes/no gate is ticked, and then contributes nothing to the values, so nothing leaks without consent.
 */
public final class FieldModel implements FormItem {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final FieldDefinition definition;
    private final Clock clock;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final BooleanProperty checked = new SimpleBooleanProperty(this, "checked");
    private final BooleanProperty enabled = new SimpleBooleanProperty(this, "enabled", true);
    private final StringProperty problem = new SimpleStringProperty(this, "problem");
    private final BooleanBinding missing;
    // The options that fit now (an afloopbericht's outcomes after a heterdaad); read by the completion thread.
    private volatile List<String> fittingOptions;
    private final javafx.collections.ObservableList<String> options = javafx.collections.FXCollections.observableArrayList();

    FieldModel(FieldDefinition definition, Clock clock, InvalidationListener onChange) {
        this.definition = definition;
        this.clock = clock;
        fittingOptions = definition.options();
        options.setAll(fittingOptions);
        missing = Bindings.createBooleanBinding(
                () -> definition.required() && enabled.get() && text.get().isBlank(), text, enabled);
        reset();
        text.addListener(onChange);
        checked.addListener(onChange);
        enabled.addListener(onChange);
    }

    /** Creates the models for a list of fields and wires each {@code requires} to its yes/no sibling. */
    static List<FormItem> createAll(List<FieldDefinition> definitions, Clock clock, InvalidationListener onChange) {
        List<FormItem> items = new ArrayList<>();
        Map<String, FieldModel> byKey = new HashMap<>();
        for (FieldDefinition definition : definitions) {
            if (definition.isGroup()) {
                items.add(new GroupModel(definition, clock, onChange));
            } else {
                FieldModel field = new FieldModel(definition, clock, onChange);
                byKey.put(definition.key(), field);
                items.add(field);
            }
        }
        for (FieldModel field : byKey.values()) {
            FieldModel gate = field.definition.requires() == null ? null : byKey.get(field.definition.requires());
            if (gate != null) {
                field.enabled.bind(gate.checked);
            }
            FieldModel selector = field.definition.wording().optionsBy() == null ? null
                    : byKey.get(field.definition.wording().optionsBy());
            if (selector != null) {
                selector.text.addListener((o, old, value) -> field.fitOptionsTo(value));
                field.fitOptionsTo(selector.text.get());
            }
        }
        return items;
    }

    /** Only the options that fit the selector's value ("heterdaad"); all when it names nothing known. */
    private void fitOptionsTo(String selectorValue) {
        String value = selectorValue == null ? "" : selectorValue.strip();
        fittingOptions = definition.wording().optionsFor().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(value)).map(java.util.Map.Entry::getValue).findFirst()
                .orElse(definition.options());
        options.setAll(fittingOptions);
    }

    /** The choice list the editor offers. */
    public javafx.collections.ObservableList<String> options() {
        return options;
    }

    /** The same options as an immutable list, safe to read from the completion thread. */
    List<String> fittingOptions() {
        return fittingOptions;
    }

    @Override
    public FieldDefinition definition() {
        return definition;
    }

    public FieldType type() {
        return definition.type();
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty checkedProperty() {
        return checked;
    }

    public ReadOnlyBooleanProperty enabledProperty() {
        return enabled;
    }

    /** True while a required, enabled field is blank; the view decorates it. */
    public BooleanBinding missingProperty() {
        return missing;
    }

    /** The renderer's complaint about this field, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    void setProblem(String message) {
        problem.set(message);
    }

    @Override
    public void reset() {
        text.set(initialText());
        checked.set("true".equals(definition.defaultValue()));
    }

    private String initialText() {
        String value = definition.defaultValue();
        if (value == null || type() == FieldType.YES_NO) {
            return "";
        }
        if (type() == FieldType.TIME && DutchInput.isNow(value)) {
            return TIME.format(LocalTime.now(clock));
        }
        if (type() == FieldType.DATE && DutchInput.isToday(value)) {
            return DATE.format(LocalDate.now(clock));
        }
        return value;
    }

    /** "nu": the current time. */
    public void setNow() {
        text.set(TIME.format(LocalTime.now(clock)));
    }

    /** "−5 min": five minutes before the time shown, or before now when the field holds no time. */
    public void minusFiveMinutes() {
        LocalTime base = DutchInput.parseTime(text.get()).orElseGet(() -> LocalTime.now(clock));
        text.set(TIME.format(base.minusMinutes(5)));
    }

    /** Licence plates are written the Dutch way (d123bc becomes D-123-BC) once the officer leaves the field. */
    public void normalise() {
        if (type() == FieldType.LICENCE_PLATE && !text.get().isBlank()) {
            text.set(DutchFormat.normalisePlate(text.get()));
        }
    }

    @Override
    public boolean isFilled() {
        if (type() == FieldType.YES_NO) {
            return checked.get() != "true".equals(definition.defaultValue());
        }
        String value = definition.defaultValue();
        boolean automatic = value != null && (DutchInput.isNow(value) || DutchInput.isToday(value));
        return !text.get().isBlank() && !automatic && !text.get().equals(value);
    }

    /**
     * Yes/no always counts (a "no" has its own text); text only when there is some, or when the field
     * has a default, so an officer who empties a defaulted field gets it empty, not the default back.
     */
    @Override
    public void contributeTo(FieldValues.Builder values) {
        if (type() == FieldType.YES_NO) {
            values.flag(definition.key(), checked.get());
        } else if (enabled.get() && (!text.get().isBlank() || definition.defaultValue() != null)) {
            values.text(definition.key(), text.get());
        }
    }

    @Override
    public void apply(FieldValues values) {
        String key = definition.key();
        if (type() == FieldType.YES_NO) {
            checked.set(values.has(key) ? values.flag(key) : "true".equals(definition.defaultValue()));
        } else {
            String value = values.text(key);
            text.set(value == null ? "" : value);
        }
    }
}

package nl.meldtafel.ui.groups;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.meldtafel.i18n.Texts;

/**
 * What an add or edit dialog of the register shows: a title, its text fields and the problem that
 * keeps it from saving. The checks and the save itself come from {@link GroupsViewModel}.
 */
public final class EditForm {

    /** One text field; {@code id} is also the node id in the dialog. */
    public record Field(String id, String label, String prompt, boolean multiline, StringProperty value) {
        public String text() {
            return value.get() == null ? "" : value.get();
        }
    }

    private final String title;
    private final String explanation;
    private final List<Field> fields;
    private final Function<EditForm, String> check;
    private final Function<EditForm, Callable<Long>> save;
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper changedMeanwhile = new ReadOnlyBooleanWrapper(this, "changedMeanwhile");
    private long basedOn;
    private Callable<Loaded> reload;

    /** The row as stored now: its version and the field values it gives, by field id. */
    record Loaded(long version, Map<String, String> values) {
    }

    /**
     * @param check returns the Dutch problem that keeps the form from saving, or null
     * @param save  builds the storage call from the fields; it returns the group to show afterwards
     */
    EditForm(String title, String explanation, List<Field> fields, Function<EditForm, String> check,
             Function<EditForm, Callable<Long>> save) {
        this.title = title;
        this.explanation = explanation;
        this.fields = List.copyOf(fields);
        this.check = check;
        this.save = save;
    }

    /** An edit of a stored row: saves are based on {@code version}; {@code reload} reads the row again. */
    EditForm basedOn(long version, Callable<Loaded> reload) {
        this.basedOn = version;
        this.reload = reload;
        return this;
    }

    /** The version of the row the fields were loaded with. */
    long basedOn() {
        return basedOn;
    }

    Callable<Loaded> reloader() {
        return reload;
    }

    /** Replaces what was typed with the row as stored now, and bases the next save on it. */
    void fill(Loaded loaded) {
        loaded.values().forEach(this::set);
        basedOn = loaded.version();
        changedMeanwhile.set(false);
    }

    static Field field(String id, String labelKey, String promptKey, String value) {
        return new Field(id, Texts.get(labelKey), promptKey == null ? "" : Texts.get(promptKey),
                false, new SimpleStringProperty(value == null ? "" : value));
    }

    static Field area(String id, String labelKey, String value) {
        return new Field(id, Texts.get(labelKey), "", true, new SimpleStringProperty(value == null ? "" : value));
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public List<Field> fields() {
        return fields;
    }

    /** The text of the field with this id. */
    public String text(String id) {
        return fields.stream().filter(f -> f.id().equals(id)).findFirst().map(Field::text).orElse("");
    }

    /** Sets a field, as typing would. */
    public void set(String id, String value) {
        fields.stream().filter(f -> f.id().equals(id)).findFirst().ifPresent(f -> f.value().set(value));
    }

    String check() {
        return check.apply(this);
    }

    Callable<Long> work() {
        return save.apply(this);
    }

    /** Why the form was not saved, in Dutch, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** True after a save refused because someone else changed the row first: the dialog offers to reload. */
    public ReadOnlyBooleanProperty changedMeanwhileProperty() {
        return changedMeanwhile.getReadOnlyProperty();
    }

    void setChangedMeanwhile(boolean value) {
        changedMeanwhile.set(value);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void setBusy(boolean value) {
        busy.set(value);
    }
}

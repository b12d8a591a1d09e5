package nl.meldtafel.ui.compose;

import javafx.beans.InvalidationListener;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.FieldDefinition;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** One entry of a repeating group, e.g. one suspect: its own set of field models. */
public final class GroupEntryModel {

    private final List<FieldModel> fields;

    GroupEntryModel(List<FieldDefinition> subFields, Clock clock, InvalidationListener onChange) {
        // Groups cannot nest (the parser refuses it), so every item here is a plain field.
        this.fields = FieldModel.createAll(subFields, clock, onChange).stream().map(FieldModel.class::cast).toList();
    }

    public List<FieldModel> fields() {
        return fields;
    }

    public Optional<FieldModel> field(String key) {
        return fields.stream().filter(f -> f.definition().key().equals(key)).findFirst();
    }

    boolean isFilled() {
        return fields.stream().anyMatch(FieldModel::isFilled);
    }

    FieldValues values() {
        FieldValues.Builder builder = FieldValues.builder();
        fields.forEach(f -> f.contributeTo(builder));
        return builder.build();
    }

    void apply(FieldValues values) {
        fields.forEach(f -> f.apply(values));
    }
}

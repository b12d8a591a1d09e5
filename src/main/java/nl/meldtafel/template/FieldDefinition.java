package nl.meldtafel.template;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One input of a template. Scalar fields carry their own formatting hints; a {@link FieldType#GROUP}
 * field repeats its {@code subFields} and renders each entry with {@code entry}.
 *
 * @param prefix       written before a non-empty value unless the officer already typed it (e.g. "ca. ")
 * @param suffix       written after a non-empty value unless the officer already typed it (e.g. " jaar")
 * @param requires     key of a yes/no field that must be "yes" before this field may hold a value
 * @param whenYes      yes/no fields: the text a "yes" stands for in the message
 * @param whenNo       yes/no fields: the text a "no" stands for in the message (often empty)
 * @param warnOlderThan time fields: warn when the time lies further in the past than this
 */
public record FieldDefinition(
        String key,
        String label,
        FieldType type,
        boolean required,
        String defaultValue,
        String hint,
        int maxLength,
        List<String> options,
        boolean freeEntry,
        String prefix,
        String suffix,
        String requires,
        String whenYes,
        String whenNo,
        Duration warnOlderThan,
        List<FieldDefinition> subFields,
        GroupEntry entry,
        int maxEntries) {

    public static final int DEFAULT_MAX_LENGTH = 200;
    public static final int DEFAULT_MULTILINE_MAX_LENGTH = 1000;

    public FieldDefinition {
        options = List.copyOf(options);
        subFields = List.copyOf(subFields);
    }

    public boolean isGroup() {
        return type == FieldType.GROUP;
    }

    public Optional<FieldDefinition> subField(String subKey) {
        return subFields.stream().filter(f -> f.key().equals(subKey)).findFirst();
    }

    /** How each entry of a repeating group becomes text, and what heads the list. */
    public record GroupEntry(String headingOne, String headingMany, LineParts line) {
    }
}

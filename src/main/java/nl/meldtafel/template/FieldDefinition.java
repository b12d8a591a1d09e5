package nl.meldtafel.template;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param wording     the options of issue 17 that shape how a value reads (see {@link Wording})
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
        int maxEntries,
        Wording wording) {

    public static final int DEFAULT_MAX_LENGTH = 200;
    public static final int DEFAULT_MULTILINE_MAX_LENGTH = 1000;

    public FieldDefinition {
        options = List.copyOf(options);
        subFields = List.copyOf(subFields);
        wording = wording == null ? Wording.NONE : wording;
    }

    /** A field without the wording options. */
    public FieldDefinition(String key, String label, FieldType type, boolean required, String defaultValue, String hint,
                           int maxLength, List<String> options, boolean freeEntry, String prefix, String suffix,
                           String requires, String whenYes, String whenNo, Duration warnOlderThan,
                           List<FieldDefinition> subFields, GroupEntry entry, int maxEntries) {
        this(key, label, type, required, defaultValue, hint, maxLength, options, freeEntry, prefix, suffix, requires,
                whenYes, whenNo, warnOlderThan, subFields, entry, maxEntries, Wording.NONE);
    }

    /**
     * How a value reads in the message, beyond prefix and suffix.
     *
     * @param optionTexts  choice fields: the message text each option stands for (template text, may hold placeholders)
     * @param prefixUnless name of a word list: the prefix is left out when the value holds one of its words ("schoeisel")
     * @param linePrefix   multiline fields: written before every line ("• ")
     * @param ownLine      in a group entry: a long value goes on its own line after a single entry, with this label
     * @param optionsBy    key of a choice field whose value selects which options fit ({@code optionsFor})
     * @param optionsFor   per value of {@code optionsBy}, the options that fit; another option is a problem
     */
    public record Wording(Map<String, String> optionTexts, String prefixUnless, String linePrefix, String ownLine,
                          String optionsBy, Map<String, List<String>> optionsFor) {

        public static final Wording NONE = new Wording(Map.of(), "", "", "", null, Map.of());

        public Wording {
            optionTexts = Collections.unmodifiableMap(new LinkedHashMap<>(optionTexts));
            optionsFor = Collections.unmodifiableMap(new LinkedHashMap<>(optionsFor));
        }
    }

    public boolean isGroup() {
        return type == FieldType.GROUP;
    }

    public Optional<FieldDefinition> subField(String subKey) {
        return subFields.stream().filter(f -> f.key().equals(subKey)).findFirst();
    }

    /** How each entry of a repeating group becomes text, and what heads the list. */
    public record GroupEntry(String headingOne, String headingMany, LineParts line, String person, String shared) {

        public GroupEntry(String headingOne, String headingMany, LineParts line) {
            this(headingOne, headingMany, line, null, "");
        }

        /**
         * With a {@code person} sub-field the entries are written about people: {@code ${wie}} in the heading says
         * "een man" or "twee mannen", a single entry follows its heading on the same line, and what all entries
         * share is said once, after {@code shared} ("${allen}: ").
         */
        public boolean aboutPersons() {
            return person != null;
        }
    }
}

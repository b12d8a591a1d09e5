package nl.meldtafel.template;

import nl.meldtafel.i18n.Texts;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Cross-checks a parsed template: every placeholder has a field, every required field is used, and so on. */
final class TemplateChecker {

    private final TemplateDefinition template;

    TemplateChecker(TemplateDefinition template) {
        this.template = template;
    }

    void check() throws TemplateFormatException {
        checkFields(template.fields());
        Set<String> used = new HashSet<>();
        for (BodyLine line : template.body()) {
            for (String text : line.texts()) {
                checkPlaceholders(text);
                for (String key : Placeholders.keysIn(text)) {
                    FieldDefinition field = checkedField(key);
                    if (field.isGroup() && !Placeholders.isDerived(key)
                            && (line.isParts() || !text.strip().equals("${" + key + "}"))) {
                        throw new TemplateFormatException(Texts.get("template.error.groupNotAlone", key));
                    }
                    used.add(field.key());
                }
            }
        }
        for (FieldDefinition field : template.fields()) {
            for (String text : templateTexts(field)) {
                checkPlaceholders(text);
                for (String key : Placeholders.keysIn(text)) {
                    FieldDefinition target = checkedField(key);
                    if (target.isGroup() && !Placeholders.isDerived(key)) {
                        throw new TemplateFormatException(Texts.get("template.error.groupNotAlone", key));
                    }
                }
            }
        }
        for (FieldDefinition field : template.fields()) {
            if (field.required() && !used.contains(field.key())) {
                throw new TemplateFormatException(Texts.get("template.error.requiredUnused", field.key()));
            }
        }
    }

    /** The field a body placeholder names: "geslacht" or a word derived from it, "geslacht:hem". */
    private FieldDefinition checkedField(String key) throws TemplateFormatException {
        String fieldKey = Placeholders.fieldOf(key);
        FieldDefinition field = template.field(fieldKey).orElseThrow(() ->
                new TemplateFormatException(Texts.get("template.error.unknownPlaceholder", key)));
        if (Placeholders.isDerived(key)) {
            String word = Placeholders.wordOf(key);
            boolean persons = !field.isGroup() || field.entry().aboutPersons();
            if (!persons || !Placeholders.isKnownWord(word, field.isGroup())) {
                throw new TemplateFormatException(Texts.get("template.error.unknownWord", key));
            }
        }
        return field;
    }

    /** Template text a field carries: the yes/no texts and the texts of choice options. */
    private static List<String> templateTexts(FieldDefinition field) {
        List<String> texts = new java.util.ArrayList<>();
        if (field.whenYes() != null) {
            texts.add(field.whenYes());
        }
        if (field.whenNo() != null) {
            texts.add(field.whenNo());
        }
        texts.addAll(field.wording().optionTexts().values());
        return texts;
    }

    private static void checkPlaceholders(String text) throws TemplateFormatException {
        long opened = text.split("\\$\\{", -1).length - 1;
        if (opened != Placeholders.keysIn(text).size() + (text.split("\\$\\$\\{", -1).length - 1)) {
            throw new TemplateFormatException(Texts.get("template.error.brokenPlaceholder", text));
        }
    }

    private void checkFields(List<FieldDefinition> fields) throws TemplateFormatException {
        Set<String> keys = new HashSet<>();
        for (FieldDefinition field : fields) {
            if (!keys.add(field.key())) {
                throw new TemplateFormatException(Texts.get("template.error.duplicateKey", field.key()));
            }
        }
        for (FieldDefinition field : fields) {
            checkRequires(field, fields);
            checkDefault(field);
            checkWording(field, fields);
            if (field.isGroup()) {
                checkFields(field.subFields());
                checkEntry(field);
            }
        }
    }

    private static void checkRequires(FieldDefinition field, List<FieldDefinition> siblings) throws TemplateFormatException {
        if (field.requires() == null) {
            return;
        }
        boolean gateExists = siblings.stream().anyMatch(f -> f.key().equals(field.requires()) && f.type() == FieldType.YES_NO);
        if (!gateExists) {
            throw new TemplateFormatException(Texts.get("template.error.requires", field.key(), field.requires()));
        }
    }

    private static void checkWording(FieldDefinition field, List<FieldDefinition> siblings) throws TemplateFormatException {
        FieldDefinition.Wording wording = field.wording();
        for (String option : wording.optionTexts().keySet()) {
            if (!field.options().contains(option)) {
                throw new TemplateFormatException(Texts.get("template.error.optionText", field.key(), option));
            }
        }
        for (List<String> fitting : wording.optionsFor().values()) {
            for (String option : fitting) {
                if (!field.options().contains(option)) {
                    throw new TemplateFormatException(Texts.get("template.error.optionText", field.key(), option));
                }
            }
        }
        if (wording.optionsBy() != null && siblings.stream().noneMatch(f -> f.key().equals(wording.optionsBy()) && !f.isGroup())) {
            throw new TemplateFormatException(Texts.get("template.error.requires", field.key(), wording.optionsBy()));
        }
    }

    private static void checkDefault(FieldDefinition field) throws TemplateFormatException {
        String value = field.defaultValue();
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean ok = switch (field.type()) {
            case TIME -> DutchInput.isNow(value) || DutchInput.parseTime(value).isPresent();
            case DATE -> DutchInput.isToday(value) || DutchInput.parseDate(value, 2000).isPresent();
            case YES_NO -> value.equals("true") || value.equals("false");
            case NUMBER -> value.matches("\\d{1,9}");
            case GROUP -> false;
            default -> true;
        };
        if (!ok) {
            throw new TemplateFormatException(Texts.get("template.error.badDefault", field.key(), value));
        }
    }

    private static void checkEntry(FieldDefinition group) throws TemplateFormatException {
        FieldDefinition.GroupEntry entry = group.entry();
        for (String text : entry.line().texts()) {
            checkPlaceholders(text);
            for (String key : Placeholders.keysIn(text)) {
                if (!key.equals("nr") && group.subField(key).isEmpty()) {
                    throw new TemplateFormatException(Texts.get("template.error.unknownSubPlaceholder", group.key(), key));
                }
            }
        }
        if (entry.aboutPersons() && group.subField(entry.person()).isEmpty()) {
            throw new TemplateFormatException(Texts.get("template.error.unknownSubPlaceholder", group.key(), entry.person()));
        }
        for (String heading : List.of(entry.headingOne(), entry.headingMany(), entry.shared())) {
            for (String key : Placeholders.keysIn(heading)) {
                if (!key.equals("aantal") && !(entry.aboutPersons() && (key.equals("wie") || key.equals("allen")))) {
                    throw new TemplateFormatException(Texts.get("template.error.unknownHeadingPlaceholder", group.key(), key));
                }
            }
        }
        for (FieldDefinition sub : group.subFields()) {
            boolean usedInParts = entry.line().parts().stream().anyMatch(p -> Placeholders.keysIn(p).contains(sub.key()));
            if (sub.required() && !usedInParts) {
                throw new TemplateFormatException(Texts.get("template.error.requiredUnused", group.key() + "." + sub.key()));
            }
        }
    }
}

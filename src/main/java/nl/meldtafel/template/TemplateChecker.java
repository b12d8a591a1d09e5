package nl.meldtafel.template;

import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.DutchFormat;

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
                    FieldDefinition field = template.field(key).orElseThrow(() ->
                            new TemplateFormatException(Texts.get("template.error.unknownPlaceholder", key)));
                    if (field.isGroup() && (line.isParts() || !text.strip().equals("${" + key + "}"))) {
                        throw new TemplateFormatException(Texts.get("template.error.groupNotAlone", key));
                    }
                    used.add(key);
                }
            }
        }
        for (FieldDefinition field : template.fields()) {
            if (field.required() && !used.contains(field.key())) {
                throw new TemplateFormatException(Texts.get("template.error.requiredUnused", field.key()));
            }
        }
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

    private static void checkDefault(FieldDefinition field) throws TemplateFormatException {
        String value = field.defaultValue();
        if (value == null || value.isEmpty()) {
            return;
        }
        boolean ok = switch (field.type()) {
            case TIME -> DutchFormat.isNow(value) || DutchFormat.parseTime(value).isPresent();
            case DATE -> DutchFormat.isToday(value) || DutchFormat.parseDate(value, 2000).isPresent();
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
        for (String heading : List.of(entry.headingOne(), entry.headingMany())) {
            for (String key : Placeholders.keysIn(heading)) {
                if (!key.equals("aantal")) {
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

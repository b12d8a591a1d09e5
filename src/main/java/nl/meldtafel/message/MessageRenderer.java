package nl.meldtafel.message;

import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.BodyLine;
import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.FieldType;
import nl.meldtafel.template.LineParts;
import nl.meldtafel.template.LineTemplate;
import nl.meldtafel.template.TemplateDefinition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a template and an officer's values into the exact WhatsApp text. Pure: no I/O, time from the
 * injected clock. Safe for concurrent use; each call has its own state.
 */
public final class MessageRenderer {

    /** Real alerts are 120-450 characters; past this, administrators stop reading. */
    public static final int LONG_MESSAGE = 1000;
    // A value ending in "." before the template's own ".": only at a word's end, so "3..20" stays as typed
    private static final Pattern DOUBLE_PERIOD = Pattern.compile("(?<!\\.)\\.\\.(?![.\\w])");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern LIST_ITEM = Pattern.compile("(?:\\d+\\.|[-•>›])\\s");

    private final Clock clock;

    public MessageRenderer(Clock clock) {
        this.clock = clock;
    }

    public RenderResult render(TemplateDefinition template, FieldValues values) {
        List<Problem> problems = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        FieldResolver resolver = new FieldResolver(clock, problems, warnings);

        for (String key : values.keys()) {
            if (template.field(key).isEmpty()) {
                problems.add(new Problem(key, Texts.get("render.problem.unknownKey", key)));
            }
        }
        Map<String, String> resolved = new HashMap<>();
        Map<String, List<String>> persons = new HashMap<>();
        for (FieldDefinition field : template.fields()) {
            String text = field.isGroup()
                    ? renderGroup(field, values, resolver, problems, persons)
                    : resolver.resolve(field, values, field.key(), field.label());
            resolved.put(field.key(), text);
        }
        checkGates(template.fields(), values, resolved, problems, "", "");
        checkFitting(template, resolved, problems);
        checkRequired(template.fields(), resolved, problems, "", "");
        PersonWords.addDerived(template, resolved, persons);
        fillTemplateTexts(template, resolved);

        String body = assemble(template.body(), resolved);
        String message = body.isEmpty() ? PoliceNotice.TEXT : body + "\n\n" + PoliceNotice.TEXT;
        int length = message.codePointCount(0, message.length());
        if (length > LONG_MESSAGE) {
            warnings.add(Texts.get("render.warning.long", length, LONG_MESSAGE));
        }
        return new RenderResult(message, problems, warnings);
    }

    /**
     * The texts a yes/no or an option stands for are template text: their placeholders ("${geslacht:hem}")
     * are filled here, once. What officers typed is only ever inserted, never filled.
     */
    private static void fillTemplateTexts(TemplateDefinition template, Map<String, String> resolved) {
        SafeSubstitution substitution = new SafeSubstitution(resolved);
        Map<String, String> filled = new HashMap<>();
        for (FieldDefinition field : template.fields()) {
            String value = resolved.get(field.key());
            String text = null;
            if (field.type() == FieldType.YES_NO) {
                text = value;
            } else if (field.type() == FieldType.CHOICE) {
                text = field.wording().optionTexts().entrySet().stream()
                        .filter(e -> e.getKey().equalsIgnoreCase(value)).map(Map.Entry::getValue).findFirst().orElse(null);
            }
            if (text != null && !text.isEmpty()) {
                String line = renderLine(text, resolved, substitution);
                filled.put(field.key(), line == null ? "" : line);
            }
        }
        resolved.putAll(filled);
    }

    /** A choice that does not fit the value of its {@code optionsBy} field: "persoon is terecht" after a heterdaad. */
    private static void checkFitting(TemplateDefinition template, Map<String, String> resolved, List<Problem> problems) {
        for (FieldDefinition field : template.fields()) {
            FieldDefinition.Wording wording = field.wording();
            String by = wording.optionsBy() == null ? "" : resolved.getOrDefault(wording.optionsBy(), "");
            List<String> fitting = wording.optionsFor().entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(by)).map(Map.Entry::getValue).findFirst().orElse(null);
            String value = resolved.get(field.key());
            if (fitting == null || value == null || value.isEmpty()) {
                continue;
            }
            boolean anOption = field.options().stream().anyMatch(o -> o.equalsIgnoreCase(value));
            if (anOption && fitting.stream().noneMatch(o -> o.equalsIgnoreCase(value))) {
                problems.add(new Problem(field.key(), Texts.get("render.problem.optionFor", field.label(), value, by,
                        String.join(", ", fitting))));
                resolved.put(field.key(), "");
            }
        }
    }

    private String renderGroup(FieldDefinition group, FieldValues values, FieldResolver resolver, List<Problem> problems,
                               Map<String, List<String>> persons) {
        if (values.has(group.key()) && !values.isList(group.key())) {
            problems.add(new Problem(group.key(), Texts.get("render.problem.notAList", group.label())));
            return "";
        }
        List<FieldValues> entries = values.entries(group.key());
        List<Map<String, String>> filled = new ArrayList<>();
        FieldDefinition.GroupEntry entry = group.entry();
        for (int i = 0; i < entries.size(); i++) {
            FieldValues entryValues = entries.get(i);
            String where = Texts.get("render.where.entry", group.label(), i + 1);
            String keyPrefix = group.key() + "." + (i + 1) + ".";
            Map<String, String> resolved = new HashMap<>();
            for (String key : entryValues.keys()) {
                if (group.subField(key).isEmpty()) {
                    problems.add(new Problem(keyPrefix + key, Texts.get("render.problem.unknownKey", group.key() + "." + key)));
                }
            }
            for (FieldDefinition sub : group.subFields()) {
                resolved.put(sub.key(), resolver.resolve(sub, entryValues, keyPrefix + sub.key(),
                        where + ", " + sub.label()));
            }
            if (resolved.values().stream().allMatch(String::isEmpty)) {
                continue; // an entry left blank vanishes
            }
            checkGates(group.subFields(), entryValues, resolved, problems, keyPrefix, where + ", ");
            checkRequired(group.subFields(), resolved, problems, keyPrefix, where + ", ");
            filled.add(resolved);
        }
        if (filled.size() > group.maxEntries()) {
            problems.add(new Problem(group.key(), Texts.get("render.problem.tooManyEntries", group.label(), group.maxEntries())));
        }
        if (filled.isEmpty()) {
            return "";
        }
        if (entry.aboutPersons()) {
            persons.put(group.key(), filled.stream().map(m -> m.getOrDefault(entry.person(), "")).toList());
            return PersonList.render(group, filled);
        }
        List<String> lines = new ArrayList<>();
        for (Map<String, String> resolved : filled) {
            resolved.put("nr", Integer.toString(lines.size() + 1));
            lines.add(renderParts(entry.line(), resolved, new SafeSubstitution(resolved)));
        }
        String heading = lines.size() == 1 ? entry.headingOne() : entry.headingMany();
        List<String> out = new ArrayList<>();
        if (!heading.isBlank()) {
            out.add(new SafeSubstitution(Map.of("aantal", Integer.toString(lines.size()))).fill(heading));
        }
        out.addAll(lines);
        return String.join("\n", out);
    }

    /** Null when every part is empty. */
    static String renderParts(LineParts line, Map<String, String> resolved, SafeSubstitution substitution) {
        List<String> parts = new ArrayList<>();
        for (String part : line.parts()) {
            String text = renderLine(part, resolved, substitution);
            if (text != null && !text.isBlank()) {
                parts.add(text.strip());
            }
        }
        if (parts.isEmpty()) {
            return null;
        }
        return substitution.fill(line.prefix()) + String.join(line.separator(), parts) + substitution.fill(line.suffix());
    }

    private static void checkGates(List<FieldDefinition> fields, FieldValues values, Map<String, String> resolved,
                                   List<Problem> problems, String keyPrefix, String where) {
        for (FieldDefinition field : fields) {
            if (field.requires() != null && !resolved.get(field.key()).isEmpty() && !values.flag(field.requires())) {
                String gateLabel = fields.stream().filter(f -> f.key().equals(field.requires()))
                        .map(FieldDefinition::label).findFirst().orElse(field.requires());
                problems.add(new Problem(keyPrefix + field.key(),
                        Texts.get("render.problem.gate", where + field.label(), gateLabel)));
                resolved.put(field.key(), ""); // never shown without consent, not even in the preview
            }
        }
    }

    private static void checkRequired(List<FieldDefinition> fields, Map<String, String> resolved, List<Problem> problems,
                                      String keyPrefix, String where) {
        for (FieldDefinition field : fields) {
            if (!field.required() || !resolved.get(field.key()).isEmpty()) {
                continue;
            }
            // a value refused (too long, not an option) has its own problem already
            if (problems.stream().noneMatch(p -> p.fieldKey().equals(keyPrefix + field.key()))) {
                problems.add(new Problem(keyPrefix + field.key(), Texts.get("render.problem.required", where + field.label())));
            }
            if (!field.isGroup()) {
                // Shows the officer in the preview where the value goes, refused or not given; no final text exists now.
                resolved.put(field.key(), Texts.get("render.preview.missing", field.label()));
            }
        }
    }

    private static String assemble(List<BodyLine> body, Map<String, String> resolved) {
        SafeSubstitution substitution = new SafeSubstitution(resolved);
        List<String> lines = new ArrayList<>();
        for (BodyLine line : body) {
            String text = line.isParts()
                    ? renderParts(line.parts(), resolved, substitution)
                    : renderLine(line.text(), resolved, substitution);
            if (text == null && !line.isParts() && line.otherwise() != null) {
                text = renderLine(line.otherwise(), resolved, substitution);
            }
            if (text != null) {
                for (String part : text.split("\n", -1)) {
                    lines.add(capitaliseSentence(part));
                }
            }
        }
        return tidy(lines);
    }

    /**
     * A line that starts with a typed value starts with a capital ("Overval op een geldwagen"), also inside
     * WhatsApp's markers ("*Woninginbraak – ...*"). List items ("1. ", "- ", "• ") and quotes keep their case.
     */
    static String capitaliseSentence(String line) {
        int start = 0;
        while (start < line.length() && "*_~".indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        String rest = line.substring(start);
        if (LIST_ITEM.matcher(rest).lookingAt()) {
            return line;
        }
        return line.substring(0, start) + DutchGrammar.capitalise(rest);
    }

    /** Null when the line has placeholders and all of them are empty: an unused label must not show. */
    static String renderLine(String line, Map<String, String> resolved, SafeSubstitution substitution) {
        LineTemplate template = LineTemplate.parse(line);
        if (!template.keys().isEmpty() && allEmpty(template.keys(), resolved)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (LineTemplate.Segment segment : template.segments()) {
            if (segment.optional() && allEmpty(Set.copyOf(segment.keys()), resolved)) {
                continue;
            }
            out.append(substitution.fill(segment.text()));
        }
        return out.toString();
    }

    private static boolean allEmpty(Set<String> keys, Map<String, String> resolved) {
        return keys.stream().allMatch(k -> resolved.getOrDefault(k, "").isEmpty());
    }

    /** No trailing spaces, no double spaces from empty values, never two blank lines in a row. */
    private static String tidy(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            String line = DOUBLE_PERIOD.matcher(SPACES.matcher(raw).replaceAll(" ")).replaceAll(".").stripTrailing();
            boolean blank = line.isBlank();
            if (blank && (out.isEmpty() || out.get(out.size() - 1).isEmpty())) {
                continue;
            }
            out.add(blank ? "" : line);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out.stream().collect(Collectors.joining("\n"));
    }
}

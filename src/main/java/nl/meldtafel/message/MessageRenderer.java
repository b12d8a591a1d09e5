package nl.meldtafel.message;

import nl.meldtafel.i18n.Texts;
import nl.meldtafel.template.BodyLine;
import nl.meldtafel.template.FieldDefinition;
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
    private static final Pattern DOUBLE_PERIOD = Pattern.compile("(?<!\\.)\\.\\.(?!\\.)");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

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
        for (FieldDefinition field : template.fields()) {
            String text = field.isGroup()
                    ? renderGroup(field, values, resolver, problems)
                    : resolver.resolve(field, values, field.key(), field.label());
            resolved.put(field.key(), text);
        }
        checkGates(template.fields(), values, resolved, problems, "", "");
        checkRequired(template.fields(), resolved, problems, "", "");

        String body = assemble(template.body(), resolved);
        String message = body.isEmpty() ? PoliceNotice.TEXT : body + "\n\n" + PoliceNotice.TEXT;
        int length = message.codePointCount(0, message.length());
        if (length > LONG_MESSAGE) {
            warnings.add(Texts.get("render.warning.long", length, LONG_MESSAGE));
        }
        return new RenderResult(message, problems, warnings);
    }

    private String renderGroup(FieldDefinition group, FieldValues values, FieldResolver resolver, List<Problem> problems) {
        if (values.has(group.key()) && !values.isList(group.key())) {
            problems.add(new Problem(group.key(), Texts.get("render.problem.notAList", group.label())));
            return "";
        }
        List<FieldValues> entries = values.entries(group.key());
        List<String> lines = new ArrayList<>();
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
            resolved.put("nr", Integer.toString(lines.size() + 1));
            lines.add(renderParts(entry.line(), resolved, new SafeSubstitution(resolved)));
        }
        if (lines.size() > group.maxEntries()) {
            problems.add(new Problem(group.key(), Texts.get("render.problem.tooManyEntries", group.label(), group.maxEntries())));
        }
        if (lines.isEmpty()) {
            return "";
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
    private static String renderParts(LineParts line, Map<String, String> resolved, SafeSubstitution substitution) {
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
            if (field.required() && resolved.get(field.key()).isEmpty()
                    && problems.stream().noneMatch(p -> p.fieldKey().equals(keyPrefix + field.key()))) {
                problems.add(new Problem(keyPrefix + field.key(), Texts.get("render.problem.required", where + field.label())));
                if (!field.isGroup()) {
                    // Shows the officer in the preview where the missing value goes; no final text exists now.
                    resolved.put(field.key(), Texts.get("render.preview.missing", field.label()));
                }
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
            if (text != null) {
                lines.addAll(List.of(text.split("\n", -1)));
            }
        }
        return tidy(lines);
    }

    /** Null when the line has placeholders and all of them are empty: an unused label must not show. */
    private static String renderLine(String line, Map<String, String> resolved, SafeSubstitution substitution) {
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

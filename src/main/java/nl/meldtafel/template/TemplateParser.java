package nl.meldtafel.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import nl.meldtafel.i18n.Texts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns the bytes of one template file into a checked {@link TemplateDefinition}. */
public final class TemplateParser {

    private static final Set<String> TEMPLATE_ATTRIBUTES = Set.of("id", "title", "kind", "followUp", "fields", "body", "description");
    private static final Set<String> FIELD_ATTRIBUTES = Set.of("key", "label", "type", "required", "default", "hint",
            "maxLength", "options", "freeEntry", "prefix", "suffix", "requires", "whenYes", "whenNo", "warnOlderThan",
            "fields", "entry", "maxEntries",
            "optionTexts", "prefixUnless", "linePrefix", "ownLine", "optionsBy", "optionsFor");
    private static final Set<String> ENTRY_ATTRIBUTES = Set.of("headingOne", "headingMany", "prefix", "parts", "separator", "suffix",
            "person", "shared");
    private static final Set<String> PARTS_ATTRIBUTES = Set.of("prefix", "parts", "separator", "suffix");
    private static final Set<String> TEXT_LINE_ATTRIBUTES = Set.of("text", "otherwise");
    private static final Set<String> FOLLOW_UP_ATTRIBUTES = Set.of("required", "due", "repeat");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    public TemplateDefinition parse(String source, byte[] content) throws TemplateFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(content);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new TemplateFormatException(Texts.get("template.error.json",
                    loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new TemplateFormatException(Texts.get("template.error.read", e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new TemplateFormatException(Texts.get("template.error.notObject"));
        }
        checkAttributes(root, TEMPLATE_ATTRIBUTES, Texts.get("template.where.template"));

        String id = requiredText(root, "id", Texts.get("template.where.template"));
        if (!Placeholders.isValidKey(id)) {
            throw new TemplateFormatException(Texts.get("template.error.badId", id));
        }
        String title = requiredText(root, "title", Texts.get("template.where.template"));
        String kindName = requiredText(root, "kind", Texts.get("template.where.template"));
        MessageKind kind = MessageKind.fromJson(kindName).orElseThrow(() ->
                new TemplateFormatException(Texts.get("template.error.unknownKind", kindName)));
        FollowUpPolicy followUp = parseFollowUp(root.get("followUp"));
        List<FieldDefinition> fields = parseFields(root.get("fields"), false);
        List<BodyLine> body = parseBody(root.get("body"));

        TemplateDefinition definition = new TemplateDefinition(id, title, kind, followUp, fields, body, source, sha256(content));
        new TemplateChecker(definition).check();
        return definition;
    }

    private FollowUpPolicy parseFollowUp(JsonNode node) throws TemplateFormatException {
        String where = Texts.get("template.where.followUp");
        if (node == null || node.isNull()) {
            return FollowUpPolicy.NONE;
        }
        if (!node.isObject()) {
            throw new TemplateFormatException(Texts.get("template.error.notObjectAt", where));
        }
        checkAttributes(node, FOLLOW_UP_ATTRIBUTES, where);
        boolean required = bool(node, "required", false, where);
        if (!required) {
            return FollowUpPolicy.NONE;
        }
        Duration due = duration(node, "due", where);
        if (due == null) {
            throw new TemplateFormatException(Texts.get("template.error.missing", where, "due"));
        }
        Duration repeat = duration(node, "repeat", where);
        if (due.isNegative() || due.isZero() || (repeat != null && (repeat.isNegative() || repeat.isZero()))) {
            throw new TemplateFormatException(Texts.get("template.error.durationNotPositive", where));
        }
        return new FollowUpPolicy(true, due, repeat);
    }

    private List<FieldDefinition> parseFields(JsonNode node, boolean insideGroup) throws TemplateFormatException {
        if (node == null || !node.isArray()) {
            throw new TemplateFormatException(Texts.get("template.error.fieldsNotArray"));
        }
        List<FieldDefinition> fields = new ArrayList<>();
        for (JsonNode fieldNode : node) {
            fields.add(parseField(fieldNode, insideGroup));
        }
        return fields;
    }

    private FieldDefinition parseField(JsonNode node, boolean insideGroup) throws TemplateFormatException {
        if (!node.isObject()) {
            throw new TemplateFormatException(Texts.get("template.error.fieldNotObject"));
        }
        String key = node.path("key").asText("");
        String where = Texts.get("template.where.field", key);
        if (!Placeholders.isValidKey(key)) {
            throw new TemplateFormatException(Texts.get("template.error.badKey", key));
        }
        checkAttributes(node, FIELD_ATTRIBUTES, where);
        String label = requiredText(node, "label", where);
        String typeName = requiredText(node, "type", where);
        FieldType type = FieldType.fromJson(typeName).orElseThrow(() -> new TemplateFormatException(
                Texts.get("template.error.unknownType", key, typeName, allTypeNames())));
        if (insideGroup && type == FieldType.GROUP) {
            throw new TemplateFormatException(Texts.get("template.error.nestedGroup", key));
        }
        int defaultMax = type == FieldType.MULTILINE ? FieldDefinition.DEFAULT_MULTILINE_MAX_LENGTH : FieldDefinition.DEFAULT_MAX_LENGTH;
        int maxLength = node.path("maxLength").asInt(defaultMax);
        if (maxLength <= 0) {
            throw new TemplateFormatException(Texts.get("template.error.maxLength", key));
        }
        List<String> options = new ArrayList<>();
        for (JsonNode option : node.path("options")) {
            options.add(option.asText());
        }
        boolean freeEntry = bool(node, "freeEntry", false, where);
        if (type == FieldType.CHOICE && options.isEmpty() && !freeEntry) {
            throw new TemplateFormatException(Texts.get("template.error.noOptions", key));
        }
        String whenYes = text(node, "whenYes");
        String whenNo = text(node, "whenNo");
        List<FieldDefinition> subFields = List.of();
        FieldDefinition.GroupEntry entry = null;
        int maxEntries = 0;
        if (type == FieldType.GROUP) {
            subFields = parseFields(node.get("fields"), true);
            entry = parseEntry(node.get("entry"), key);
            maxEntries = node.path("maxEntries").asInt(10);
            if (maxEntries <= 0) {
                throw new TemplateFormatException(Texts.get("template.error.maxEntries", key));
            }
        }
        String defaultValue = node.has("default") ? node.get("default").asText() : null;
        return new FieldDefinition(key, label, type, bool(node, "required", false, where), defaultValue,
                text(node, "hint"), maxLength, options, freeEntry, text(node, "prefix"), text(node, "suffix"),
                node.has("requires") ? node.get("requires").asText() : null, whenYes, whenNo,
                duration(node, "warnOlderThan", where), subFields, entry, maxEntries, wording(node, where));
    }

    private static FieldDefinition.Wording wording(JsonNode node, String where) throws TemplateFormatException {
        Map<String, String> optionTexts = new LinkedHashMap<>();
        JsonNode texts = node.get("optionTexts");
        if (texts != null && !texts.isObject()) {
            throw new TemplateFormatException(Texts.get("template.error.notObjectAt", where + " optionTexts"));
        }
        if (texts != null) {
            var entries = texts.fields();
            while (entries.hasNext()) {
                var e = entries.next();
                optionTexts.put(e.getKey(), e.getValue().asText());
            }
        }
        Map<String, List<String>> optionsFor = new LinkedHashMap<>();
        JsonNode byValue = node.get("optionsFor");
        if (byValue != null && !byValue.isObject()) {
            throw new TemplateFormatException(Texts.get("template.error.notObjectAt", where + " optionsFor"));
        }
        if (byValue != null) {
            var entries = byValue.fields();
            while (entries.hasNext()) {
                var e = entries.next();
                List<String> options = new ArrayList<>();
                e.getValue().forEach(o -> options.add(o.asText()));
                optionsFor.put(e.getKey(), options);
            }
        }
        return new FieldDefinition.Wording(optionTexts, text(node, "prefixUnless"), text(node, "linePrefix"),
                text(node, "ownLine"), node.has("optionsBy") ? node.get("optionsBy").asText() : null, optionsFor);
    }

    private FieldDefinition.GroupEntry parseEntry(JsonNode node, String key) throws TemplateFormatException {
        String where = Texts.get("template.where.entry", key);
        if (node == null || !node.isObject()) {
            throw new TemplateFormatException(Texts.get("template.error.missing", Texts.get("template.where.field", key), "entry"));
        }
        checkAttributes(node, ENTRY_ATTRIBUTES, where);
        return new FieldDefinition.GroupEntry(text(node, "headingOne"), text(node, "headingMany"), parseParts(node, where),
                node.has("person") ? node.get("person").asText() : null, text(node, "shared"));
    }

    private LineParts parseParts(JsonNode node, String where) throws TemplateFormatException {
        List<String> parts = new ArrayList<>();
        for (JsonNode part : node.path("parts")) {
            parts.add(part.asText());
        }
        if (parts.isEmpty()) {
            throw new TemplateFormatException(Texts.get("template.error.missing", where, "parts"));
        }
        return new LineParts(text(node, "prefix"), parts, node.has("separator") ? node.get("separator").asText() : ", ",
                text(node, "suffix"));
    }

    private List<BodyLine> parseBody(JsonNode node) throws TemplateFormatException {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw new TemplateFormatException(Texts.get("template.error.bodyNotArray"));
        }
        List<BodyLine> lines = new ArrayList<>();
        for (JsonNode line : node) {
            if (line.isTextual()) {
                lines.add(BodyLine.text(line.asText()));
            } else if (line.isObject() && line.has("text")) {
                String where = Texts.get("template.where.bodyParts", lines.size() + 1);
                checkAttributes(line, TEXT_LINE_ATTRIBUTES, where);
                lines.add(BodyLine.text(line.get("text").asText(), line.has("otherwise") ? line.get("otherwise").asText() : null));
            } else if (line.isObject()) {
                String where = Texts.get("template.where.bodyParts", lines.size() + 1);
                checkAttributes(line, PARTS_ATTRIBUTES, where);
                lines.add(BodyLine.parts(parseParts(line, where)));
            } else {
                throw new TemplateFormatException(Texts.get("template.error.bodyNotArray"));
            }
        }
        return lines;
    }

    private static void checkAttributes(JsonNode node, Set<String> allowed, String where) throws TemplateFormatException {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new TemplateFormatException(Texts.get("template.error.unknownAttribute", where, name));
            }
        }
    }

    private static String requiredText(JsonNode node, String name, String where) throws TemplateFormatException {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new TemplateFormatException(Texts.get("template.error.missing", where, name));
        }
        return value.asText().strip();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? "" : value.asText();
    }

    private static boolean bool(JsonNode node, String name, boolean fallback, String where) throws TemplateFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new TemplateFormatException(Texts.get("template.error.notBoolean", where, name));
        }
        return value.asBoolean();
    }

    private static Duration duration(JsonNode node, String name, String where) throws TemplateFormatException {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return Duration.parse(value.asText());
        } catch (DateTimeParseException e) {
            throw new TemplateFormatException(Texts.get("template.error.duration", where, name, value.asText()));
        }
    }

    private static String allTypeNames() {
        List<String> names = new ArrayList<>();
        for (FieldType t : FieldType.values()) {
            names.add(t.jsonName());
        }
        return String.join(", ", names);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String sha256(String content) {
        return sha256(content.getBytes(StandardCharsets.UTF_8));
    }
}

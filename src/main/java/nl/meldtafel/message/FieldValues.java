package nl.meldtafel.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an officer filled in: text per key, booleans for yes/no fields, and for a repeating group a
 * list of entries, each its own {@code FieldValues}. Immutable; the JSON form is what the log stores.
 */
public final class FieldValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldValues EMPTY = new FieldValues(Map.of());

    private final Map<String, Object> values;

    private FieldValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static FieldValues empty() {
        return EMPTY;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Set<String> keys() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** The raw text for a scalar key, or null when absent. Booleans come back as "true"/"false". */
    public String text(String key) {
        Object value = values.get(key);
        return value instanceof List<?> ? null : value == null ? null : value.toString();
    }

    public boolean flag(String key) {
        Object value = values.get(key);
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("ja"));
    }

    @SuppressWarnings("unchecked")
    public List<FieldValues> entries(String key) {
        Object value = values.get(key);
        return value instanceof List<?> list ? (List<FieldValues>) list : List.of();
    }

    /** Whether {@code key} holds a list (a group) rather than a single value. */
    public boolean isList(String key) {
        return values.get(key) instanceof List<?>;
    }

    /**
     * Reads a JSON object: strings and numbers as text, booleans as flags, arrays of objects as
     * group entries. Anything else is an {@link IllegalArgumentException} naming the key.
     */
    public static FieldValues fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("values must be a JSON object");
        }
        Builder builder = builder();
        var fields = node.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            JsonNode value = field.getValue();
            if (value.isArray()) {
                List<FieldValues> entries = new ArrayList<>();
                for (JsonNode entry : value) {
                    entries.add(fromJson(entry));
                }
                builder.entries(field.getKey(), entries);
            } else if (value.isBoolean()) {
                builder.flag(field.getKey(), value.booleanValue());
            } else if (value.isTextual() || value.isNumber()) {
                builder.text(field.getKey(), value.asText());
            } else if (!value.isNull()) {
                throw new IllegalArgumentException("unsupported value for '" + field.getKey() + "'");
            }
        }
        return builder.build();
    }

    public static FieldValues fromJson(String json) {
        try {
            return fromJson(JSON.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    public ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode();
        values.forEach((key, value) -> {
            if (value instanceof Boolean b) {
                node.put(key, b);
            } else if (value instanceof List<?> list) {
                var array = node.putArray(key);
                list.forEach(entry -> array.add(((FieldValues) entry).toJson()));
            } else {
                node.put(key, value.toString());
            }
        });
        return node;
    }

    public String toJsonString() {
        return toJson().toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldValues other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return toJsonString();
    }

    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();

        public Builder text(String key, String value) {
            values.put(key, value);
            return this;
        }

        public Builder flag(String key, boolean value) {
            values.put(key, value);
            return this;
        }

        public Builder entries(String key, List<FieldValues> entries) {
            values.put(key, List.copyOf(entries));
            return this;
        }

        public Builder entry(String key, FieldValues entry) {
            @SuppressWarnings("unchecked")
            List<FieldValues> list = values.get(key) instanceof List<?> l ? new ArrayList<>((List<FieldValues>) l) : new ArrayList<>();
            list.add(entry);
            values.put(key, List.copyOf(list));
            return this;
        }

        public FieldValues build() {
            return new FieldValues(values);
        }
    }
}

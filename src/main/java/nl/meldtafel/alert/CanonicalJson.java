package nl.meldtafel.alert;

import java.util.List;
import java.util.Map;

/**
 * Writes the few value types of audit details as JSON in a fixed form. Hand-written so the bytes
 * that get hashed never depend on a library's settings or version.
 */
final class CanonicalJson {

    private CanonicalJson() {
    }

    static String write(Map<String, ?> map) {
        // sized for a SENT entry's details, so a verify of a million of them does not regrow each one
        return object(new StringBuilder(256), map).toString();
    }

    private static StringBuilder object(StringBuilder sb, Map<String, ?> map) {
        sb.append('{');
        String separator = "";
        for (Map.Entry<String, ?> e : map.entrySet()) {
            sb.append(separator);
            string(sb, e.getKey());
            sb.append(':');
            value(sb, e.getValue());
            separator = ",";
        }
        return sb.append('}');
    }

    private static void value(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof String) {
            string(sb, (String) v);
        } else if (v instanceof Long || v instanceof Integer || v instanceof Boolean) {
            sb.append(v);
        } else if (v instanceof Map<?, ?> m && m.keySet().stream().allMatch(String.class::isInstance)) {
            @SuppressWarnings("unchecked")
            Map<String, ?> object = (Map<String, ?>) m;
            object(sb, object); // in the map's own order: callers pass a sorted or insertion-ordered map
        } else if (v instanceof List) {
            sb.append('[');
            String separator = "";
            for (Object item : (List<?>) v) {
                sb.append(separator);
                value(sb, item);
                separator = ",";
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("Not an audit value: " + v.getClass());
        }
    }

    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        if (!needsEscape(s)) {
            sb.append(s).append('"');
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        sb.append('"');
    }

    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                return true;
            }
        }
        return false;
    }
}

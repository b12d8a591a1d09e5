package nl.meldtafel.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One line of template text, split into plain parts and optional parts. An optional part is written
 * in square brackets and holds at least one placeholder: {@code ${locatie}[, ${plaats}]} drops
 * ", " when plaats is empty. Brackets without a placeholder are ordinary text.
 */
public final class LineTemplate {

    /** A run of template text; optional segments vanish when all their placeholders are empty. */
    public record Segment(String text, boolean optional, List<String> keys) {
        public Segment {
            keys = List.copyOf(keys);
        }
    }

    /**
     * Parsed lines, shared: a template has a few dozen and every render (every key typed in the preview, a
     * million in the demo) asks for them again. Cleared when it grows, as a template file edited over and
     * over would add lines without end.
     */
    private static final Map<String, LineTemplate> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 4096;

    private final List<Segment> segments;
    private final Set<String> keys;

    private LineTemplate(List<Segment> segments) {
        this.segments = List.copyOf(segments);
        Set<String> all = new LinkedHashSet<>();
        segments.forEach(s -> all.addAll(s.keys()));
        this.keys = Set.copyOf(all);
    }

    public static LineTemplate parse(String line) {
        if (PARSED.size() >= PARSED_KEPT) {
            PARSED.clear();
        }
        return PARSED.computeIfAbsent(line, LineTemplate::parseAnew);
    }

    private static LineTemplate parseAnew(String line) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = c == '[' ? line.indexOf(']', i + 1) : -1;
            if (close > 0) {
                String inner = line.substring(i + 1, close);
                if (!inner.contains("[") && !Placeholders.keysIn(inner).isEmpty()) {
                    flush(plain, segments);
                    segments.add(new Segment(inner, true, Placeholders.keysIn(inner)));
                    i = close + 1;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        flush(plain, segments);
        return new LineTemplate(segments);
    }

    private static void flush(StringBuilder plain, List<Segment> segments) {
        if (!plain.isEmpty()) {
            String text = plain.toString();
            segments.add(new Segment(text, false, Placeholders.keysIn(text)));
            plain.setLength(0);
        }
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Every placeholder key in the line, optional or not. */
    public Set<String> keys() {
        return keys;
    }
}

package nl.meldtafel.message;

import nl.meldtafel.template.FieldDefinition;
import nl.meldtafel.template.LineParts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A group of persons as a resident scans it: "Kijk uit naar een man: ca. 20 jaar, slank." for one, and for
 * several "Kijk uit naar twee mannen:" with a numbered list, what they share said once ("Beiden: donker
 * gekleed."). A long value of a single person (a clothing list) goes on its own line.
 */
final class PersonList {

    /** Past this length, or with three or more items, a value reads better on its own line. */
    private static final int LONG_VALUE = 50;

    private PersonList() {
    }

    static String render(FieldDefinition group, List<Map<String, String>> entries) {
        FieldDefinition.GroupEntry entry = group.entry();
        String personKey = entry.person();
        int n = entries.size();
        List<String> words = entries.stream().map(m -> m.getOrDefault(personKey, "")).toList();
        String who = DutchGrammar.who(words, DutchGrammar.person(group.label()));
        List<Map<String, String>> own = entries.stream().map(m -> (Map<String, String>) new HashMap<>(m)).toList();

        boolean onePerson = words.stream().noneMatch(String::isBlank)
                && words.stream().map(w -> w.toLowerCase(Locale.ROOT)).distinct().count() == 1;
        if (onePerson && own.stream().allMatch(m -> hasOwnPart(m, entry, personKey))) {
            own.forEach(m -> m.put(personKey, "")); // the heading says "twee mannen"
        } else if (onePerson && n == 1) {
            own.get(0).put(personKey, "");
        }
        Map<String, String> shared = n > 1 ? shared(group, own, entry) : Map.of();

        List<String> lines = new ArrayList<>();
        LineParts bare = new LineParts("", entry.line().parts(), entry.line().separator(), "");
        Map<String, String> fill = Map.of("aantal", Integer.toString(n), "wie", who,
                "allen", DutchGrammar.capitalise(DutchGrammar.all(n)));
        SafeSubstitution headings = new SafeSubstitution(fill);
        if (n == 1) {
            Map<String, String> values = own.get(0);
            List<String> ownLines = ownLines(group, values);
            String parts = MessageRenderer.renderParts(bare, values, new SafeSubstitution(values));
            String heading = headings.fill(entry.headingOne()).strip();
            lines.add(parts == null ? sentence(withoutColon(heading)) : sentence(heading + " " + parts));
            lines.addAll(ownLines);
            return String.join("\n", lines);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, String> values = own.get(i);
            values.put("nr", Integer.toString(i + 1));
            String parts = MessageRenderer.renderParts(bare, values, new SafeSubstitution(values));
            if (parts != null) {
                items.add(new SafeSubstitution(values).fill(entry.line().prefix()) + parts);
            }
        }
        String heading = headings.fill(entry.headingMany()).strip();
        lines.add(items.isEmpty() ? sentence(withoutColon(heading)) : heading);
        lines.addAll(items);
        if (!shared.isEmpty()) {
            String together = MessageRenderer.renderParts(bare, shared, new SafeSubstitution(shared));
            String label = entry.shared().isEmpty() ? "${allen}: " : entry.shared();
            lines.add(sentence(headings.fill(label) + together));
        }
        return String.join("\n", lines);
    }

    /** Values every entry has alike (besides the person word) move out of the entries, unless one would be left empty. */
    private static Map<String, String> shared(FieldDefinition group, List<Map<String, String>> own, FieldDefinition.GroupEntry entry) {
        Map<String, String> shared = new HashMap<>();
        for (FieldDefinition sub : group.subFields()) {
            String key = sub.key();
            if (key.equals(entry.person())) {
                continue;
            }
            String first = own.get(0).getOrDefault(key, "");
            if (!first.isEmpty() && own.stream().allMatch(m -> m.getOrDefault(key, "").equalsIgnoreCase(first))) {
                shared.put(key, first);
            }
        }
        if (shared.isEmpty()) {
            return shared;
        }
        List<Map<String, String>> without = own.stream().map(m -> {
            Map<String, String> copy = new HashMap<>(m);
            shared.keySet().forEach(k -> copy.put(k, ""));
            return copy;
        }).toList();
        if (!without.stream().allMatch(m -> hasOwnPart(m, entry, null))) {
            return Map.of();
        }
        own.forEach(m -> shared.keySet().forEach(k -> m.put(k, "")));
        for (FieldDefinition sub : group.subFields()) {
            shared.putIfAbsent(sub.key(), "");
        }
        return shared;
    }

    private static boolean hasOwnPart(Map<String, String> values, FieldDefinition.GroupEntry entry, String except) {
        return values.entrySet().stream().anyMatch(e -> !e.getKey().equals(except) && !e.getKey().equals("nr")
                && !e.getValue().isEmpty() && entry.line().parts().stream().anyMatch(p -> p.contains("${" + e.getKey() + "}")));
    }

    /** A single person's long values ("Kleding: ...") leave the entry line for a line of their own. */
    private static List<String> ownLines(FieldDefinition group, Map<String, String> values) {
        List<String> lines = new ArrayList<>();
        for (FieldDefinition sub : group.subFields()) {
            String label = sub.wording().ownLine();
            String value = values.getOrDefault(sub.key(), "");
            if (!label.isEmpty() && isLong(value)) {
                lines.add(sentence(label + value));
                values.put(sub.key(), "");
            }
        }
        return lines;
    }

    private static boolean isLong(String value) {
        return value.length() > LONG_VALUE || value.chars().filter(c -> c == ',').count() >= 2;
    }

    private static String withoutColon(String heading) {
        return heading.endsWith(":") ? heading.substring(0, heading.length() - 1) : heading;
    }

    private static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }
}

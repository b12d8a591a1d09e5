package nl.meldtafel.template;

import java.util.ArrayList;
import java.util.List;

/**
 * A line built from parts: the non-empty ones are joined with the separator, between prefix and
 * suffix, and the whole line vanishes when every part is empty. "Signalement: 1.80 m, slank" never
 * becomes "Signalement: , slank".
 */
public record LineParts(String prefix, List<String> parts, String separator, String suffix) {

    public LineParts {
        parts = List.copyOf(parts);
    }

    /** Every piece of template text in the line, for placeholder checks. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>(parts);
        texts.add(prefix);
        texts.add(suffix);
        return texts;
    }
}

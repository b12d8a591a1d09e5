package nl.meldtafel.template;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of a template's body: plain template text, or a line built from parts. A text line may have
 * an {@code otherwise}: the line used instead when all placeholders of {@code text} are empty.
 */
public record BodyLine(String text, LineParts parts, String otherwise) {

    public BodyLine(String text, LineParts parts) {
        this(text, parts, null);
    }

    public static BodyLine text(String text) {
        return new BodyLine(text, null, null);
    }

    public static BodyLine text(String text, String otherwise) {
        return new BodyLine(text, null, otherwise);
    }

    public static BodyLine parts(LineParts parts) {
        return new BodyLine(null, parts, null);
    }

    public boolean isParts() {
        return parts != null;
    }

    public List<String> texts() {
        if (isParts()) {
            return parts.texts();
        }
        List<String> texts = new ArrayList<>(List.of(text));
        if (otherwise != null) {
            texts.add(otherwise);
        }
        return texts;
    }
}

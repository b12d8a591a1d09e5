package nl.meldtafel.template;

import java.util.List;

/** One line of a template's body: plain template text, or a line built from parts. */
public record BodyLine(String text, LineParts parts) {

    public static BodyLine text(String text) {
        return new BodyLine(text, null);
    }

    public static BodyLine parts(LineParts parts) {
        return new BodyLine(null, parts);
    }

    public boolean isParts() {
        return parts != null;
    }

    public List<String> texts() {
        return isParts() ? parts.texts() : List.of(text);
    }
}

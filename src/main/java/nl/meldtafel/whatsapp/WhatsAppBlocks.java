package nl.meldtafel.whatsapp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WhatsApp's line formatting (2024): a line starting with "- " or "* " is a bulleted list item, "1. " a numbered
 * one, "> " a quote. WhatsApp shows the bullet as "•" and the quote with a bar; the text after it keeps its
 * inline formatting.
 */
public final class WhatsAppBlocks {

    /** What a line is; {@code marker} is what WhatsApp shows before the text ("•", "1."). */
    public enum Kind { TEXT, BULLET, NUMBERED, QUOTE }

    public record Line(Kind kind, String marker, String text) {
    }

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}\\.) (.*)");

    private WhatsAppBlocks() {
    }

    public static List<Line> lines(String message) {
        List<Line> lines = new ArrayList<>();
        for (String line : message.split("\n", -1)) {
            lines.add(line(line));
        }
        return lines;
    }

    static Line line(String line) {
        if (line.startsWith("- ") || line.startsWith("* ")) {
            return new Line(Kind.BULLET, "•", line.substring(2));
        }
        if (line.startsWith("> ")) {
            return new Line(Kind.QUOTE, "", line.substring(2));
        }
        Matcher m = NUMBERED.matcher(line);
        if (m.matches()) {
            return new Line(Kind.NUMBERED, m.group(1), m.group(2));
        }
        return new Line(Kind.TEXT, "", line);
    }
}

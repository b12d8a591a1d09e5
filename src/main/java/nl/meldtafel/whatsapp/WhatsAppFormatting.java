package nl.meldtafel.whatsapp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits message text into styled spans the way WhatsApp shows it: {@code *bold*}, {@code _italic_},
 * {@code ~strike~} and {@code ```mono```}. As in WhatsApp, a marker only opens at a word start and
 * closes at a word end, never spans a line break (mono may), and markers nest; text inside mono is
 * shown literally. Markers that do not pair up stay visible as typed.
 */
public final class WhatsAppFormatting {

    private static final String MONO = "```";

    private WhatsAppFormatting() {
    }

    public static List<Span> parse(String text) {
        List<Span> spans = new ArrayList<>();
        parse(text, Span.plain(""), spans);
        return merge(spans);
    }

    private static void parse(String text, Span style, List<Span> out) {
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            if (text.startsWith(MONO, i) && !style.mono()) {
                int close = text.indexOf(MONO, i + MONO.length());
                if (close > i + MONO.length()) {
                    flush(plain, style, out);
                    out.add(new Span(text.substring(i + MONO.length(), close), style.bold(), style.italic(), style.strike(), true));
                    i = close + MONO.length();
                    continue;
                }
            }
            char c = text.charAt(i);
            int close = isMarker(c) ? closingMarker(text, i) : -1;
            if (close > 0) {
                flush(plain, style, out);
                parse(text.substring(i + 1, close), withMarker(style, c), out);
                i = close + 1;
                continue;
            }
            plain.append(c);
            i++;
        }
        flush(plain, style, out);
    }

    private static boolean isMarker(char c) {
        return c == '*' || c == '_' || c == '~';
    }

    /** Index of the marker closing the one at {@code open}, or -1 when it does not open a styled run. */
    private static int closingMarker(String text, int open) {
        char marker = text.charAt(open);
        boolean opens = (open == 0 || !Character.isLetterOrDigit(text.charAt(open - 1)))
                && open + 1 < text.length() && !Character.isWhitespace(text.charAt(open + 1))
                && text.charAt(open + 1) != marker;
        if (!opens) {
            return -1;
        }
        for (int j = open + 2; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n') {
                return -1;
            }
            boolean closes = c == marker && !Character.isWhitespace(text.charAt(j - 1))
                    && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
            if (closes) {
                return j;
            }
        }
        return -1;
    }

    private static Span withMarker(Span style, char marker) {
        return new Span("", style.bold() || marker == '*', style.italic() || marker == '_',
                style.strike() || marker == '~', style.mono());
    }

    private static void flush(StringBuilder plain, Span style, List<Span> out) {
        if (!plain.isEmpty()) {
            out.add(new Span(plain.toString(), style.bold(), style.italic(), style.strike(), style.mono()));
            plain.setLength(0);
        }
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span span : spans) {
            int last = merged.size() - 1;
            if (last >= 0 && merged.get(last).sameStyle(span)) {
                Span previous = merged.get(last);
                merged.set(last, new Span(previous.text() + span.text(), span.bold(), span.italic(), span.strike(), span.mono()));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}

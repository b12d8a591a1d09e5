package nl.meldtafel.message;

/**
 * WhatsApp formatting and officers' values. Rule: a value can never switch formatting on or off,
 * so the marker characters in it are replaced by look-alikes that WhatsApp does not interpret
 * ({@code * _ ~ `} become {@code ∗ ˍ ∼ ˋ}, and a "&gt;" that starts a line becomes "›"). The
 * message reads the same to a person; only the template's own markers format.
 */
public final class WhatsAppText {

    private WhatsAppText() {
    }

    public static String neutraliseMarkers(String value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean lineStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '*' -> out.append('\u2217');
                case '_' -> out.append('\u02CD');
                case '~' -> out.append('\u223C');
                case '`' -> out.append('\u02CB');
                case '>' -> out.append(lineStart ? '\u203A' : '>');
                default -> out.append(c);
            }
            lineStart = c == '\n';
        }
        return out.toString();
    }
}

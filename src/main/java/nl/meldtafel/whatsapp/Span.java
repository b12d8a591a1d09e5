package nl.meldtafel.whatsapp;

/** A run of message text with the WhatsApp styles that apply to all of it. */
public record Span(String text, boolean bold, boolean italic, boolean strike, boolean mono) {

    public static Span plain(String text) {
        return new Span(text, false, false, false, false);
    }

    boolean sameStyle(Span other) {
        return bold == other.bold && italic == other.italic && strike == other.strike && mono == other.mono;
    }
}

package nl.meldtafel.whatsapp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhatsAppFormattingTest {

    /**
     * Each span written as its styles in brackets before the text: [b] bold, [i] italic, [s] strike,
     * [m] mono, [] plain; spans joined with '|'.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "plain text;                         []plain text",
            "*bold*;                              [b]bold",
            "a *bold* word;                       []a |[b]bold|[] word",
            "_italic_;                            [i]italic",
            "~gone~;                              [s]gone",
            "```mono *not bold*```;               [m]mono *not bold*",
            "*_both_*;                            [bi]both",
            "*Let op:* dementie;                  [b]Let op:|[] dementie",
            "2 * 3 * 4;                           []2 * 3 * 4",
            "snake_case_name;                     []snake_case_name",
            "* not bold*;                         []* not bold*",
            "*not bold *;                         []*not bold *",
            "*unclosed;                           []*unclosed",
            "**;                                  []**",
            "*bold*, then;                        [b]bold|[], then",
            "(*bold*);                            [](|[b]bold|[])",
    })
    void spansFollowWhatsAppRules(String text, String expected) {
        assertEquals(expected, describe(WhatsAppFormatting.parse(text)));
    }

    @Test
    void boldNeverSpansALineBreak() {
        assertEquals("[]*one\ntwo*", describe(WhatsAppFormatting.parse("*one\ntwo*")));
    }

    @Test
    void lineBreaksStayInThePlainText() {
        assertEquals("[b]Titel|[]\nregel\n|[i]slot", describe(WhatsAppFormatting.parse("*Titel*\nregel\n_slot_")));
    }

    @Test
    void neutralisedValueMarkersAreNotFormatting() {
        // The renderer turns a typed '*' into '\u2217', so an officer's value never formats.
        assertEquals("[]a \u2217b\u2217", describe(WhatsAppFormatting.parse("a \u2217b\u2217")));
    }

    @Test
    void emptyTextHasNoSpans() {
        assertEquals(List.of(), WhatsAppFormatting.parse(""));
    }

    private static String describe(List<Span> spans) {
        return spans.stream().map(s -> "[" + (s.bold() ? "b" : "") + (s.italic() ? "i" : "") + (s.strike() ? "s" : "")
                + (s.mono() ? "m" : "") + "]" + s.text()).collect(Collectors.joining("|"));
    }
}

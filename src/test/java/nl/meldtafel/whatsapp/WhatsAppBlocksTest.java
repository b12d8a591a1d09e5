package nl.meldtafel.whatsapp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhatsAppBlocksTest {

    @Test
    void listsAndQuotesAreTheLinesWhatsAppFormats() {
        List<WhatsAppBlocks.Line> lines = WhatsAppBlocks.lines("Kijk uit naar twee mannen:\n1. ca. 1.80 m\n12. tenger\n"
                + "- Zo liep het af\n* punt\n> citaat\n*vet* begin\n-geen lijst\n1.80 m");

        assertEquals(List.of(
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.TEXT, "", "Kijk uit naar twee mannen:"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.NUMBERED, "1.", "ca. 1.80 m"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.NUMBERED, "12.", "tenger"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.BULLET, "•", "Zo liep het af"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.BULLET, "•", "punt"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.QUOTE, "", "citaat"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.TEXT, "", "*vet* begin"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.TEXT, "", "-geen lijst"),
                new WhatsAppBlocks.Line(WhatsAppBlocks.Kind.TEXT, "", "1.80 m")), lines);
    }
}

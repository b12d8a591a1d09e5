package nl.meldtafel.message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class WhatsAppTextTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Jan_de_Vries_|JanˍdeˍVriesˍ",
            "*vet*|∗vet∗",
            "~weg~|∼weg∼",
            "```mono```|ˋˋˋmonoˋˋˋ",
            "> citaat|› citaat",
            "a > b|a > b",
            "gewoon 112|gewoon 112"})
    void markersInValuesAreReplacedByInertLookAlikes(String typed, String shown) {
        assertEquals(shown, WhatsAppText.neutraliseMarkers(typed));
    }
}

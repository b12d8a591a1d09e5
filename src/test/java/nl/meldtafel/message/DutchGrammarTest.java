package nl.meldtafel.message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutchGrammarTest {

    @ParameterizedTest
    @CsvSource({"man, vermiste man", "meisje, vermist meisje", "kind, vermist kind", "vrouw, vermiste vrouw",
            "tiener, vermiste tiener", "oma, vermiste oma"})
    void anAdjectiveLosesItsEBeforeAHetWord(String word, String expected) {
        assertEquals(expected, DutchGrammar.adjective("vermiste", DutchGrammar.person(word)) + " " + word);
    }

    @Test
    void whoCountsAndGroupsPersons() {
        DutchGrammar.Person suspect = DutchGrammar.person("verdachte");
        assertEquals("een man", DutchGrammar.who(List.of("man"), suspect));
        assertEquals("twee mannen", DutchGrammar.who(List.of("man", "Man"), suspect));
        assertEquals("een man en een vrouw", DutchGrammar.who(List.of("man", "vrouw"), suspect));
        assertEquals("twee mannen en een meisje", DutchGrammar.who(List.of("man", "meisje", "man"), suspect));
        assertEquals("twee verdachten", DutchGrammar.who(List.of("man", ""), suspect));
        assertEquals("een verdachte", DutchGrammar.who(List.of(""), suspect));
        assertEquals("twee verdachten", DutchGrammar.who(List.of("man", "persoon met pet"), suspect));
    }

    @Test
    void pronounsComeFromTheWordListAndAnUnknownGenderIsNeverHemOfHaar() {
        assertEquals("hem", DutchGrammar.objectPronoun(DutchGrammar.person("jongen"), "?"));
        assertEquals("haar", DutchGrammar.objectPronoun(DutchGrammar.person("meisje"), "?"));
        assertEquals("deze persoon", PersonWords.forPerson("kind", "hem"));
        assertEquals("", PersonWords.forPerson("", "hem"));
    }

    @ParameterizedTest
    @CsvSource({"beiden, 2", "alle drie, 3", "alle zes, 6"})
    void whatAGroupShares(String expected, int n) {
        assertEquals(expected, DutchGrammar.all(n));
    }

    @ParameterizedTest
    @CsvSource({"overval op een geldwagen, Overval op een geldwagen", "iPhone gestolen, iPhone gestolen",
            "HIC, HIC", "e-bike weg, E-bike weg", "12 man, 12 man"})
    void aSentenceStartsWithACapitalUnlessTheWordIsSpelledOtherwise(String typed, String expected) {
        assertEquals(expected, DutchGrammar.capitalise(typed));
    }

    @Test
    void footwearNeedsNoLabel() {
        assertTrue(DutchGrammar.namesFootwear("witte Sneakers"));
        assertTrue(DutchGrammar.namesFootwear("bruine pantoffels"));
        assertFalse(DutchGrammar.namesFootwear("wit"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"20|ca. 20 jaar", "20-25|ca. 20-25 jaar", "9 of 10|ca. 9 of 10 jaar",
            "ca. 80|ca. 80 jaar", "rond 16|rond 16 jaar", "minderjarig|minderjarig", "20 jaar|20 jaar",
            "tussen 70 en 80|tussen 70 en 80 jaar", "ca.|ca."})
    void caAndJaarGoOnlyAroundANumber(String typed, String expected) {
        assertEquals(expected, Measure.withUnit(typed, "ca. ", " jaar"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"vandaag|vandaag", "Gisteren|gisteren", "eergisteren|eergisteren",
            "vrijdag|vrijdag", "afgelopen vrijdag|vrijdag", "20-11|vrijdag 20 november", "30-12-2025|dinsdag 30 december 2025"})
    void aDayReadsAsTheDeskSaysIt(String typed, String expected) {
        assertEquals(Optional.of(expected), DutchFormat.day(typed, LocalDate.of(2026, 11, 23)));
    }

    @ParameterizedTest
    @CsvSource({"morgen", "24-11", "31-02", "straks"})
    void aFutureOrUnknownDayIsNoDay(String typed) {
        assertEquals(Optional.empty(), DutchFormat.day(typed, LocalDate.of(2026, 11, 23)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"40|40 minuten", "90|90 minuten", "120|2 uur", "130|ruim 2 uur", "155|bijna 3 uur",
            "730|ruim 12 uur"})
    void timeWarningsBeyond90MinutesReadInHours(long minutes, String expected) {
        assertEquals(expected, DutchFormat.age(Duration.ofMinutes(minutes)));
    }

    @Test
    void theNoticeIsShortAndKeepsItsMeaning() {
        String notice = PoliceNotice.TEXT;
        assertTrue(notice.codePointCount(0, notice.length()) <= PoliceNotice.MAX_LENGTH, notice.length() + ": " + notice);
        assertTrue(notice.contains("112 bij spoed"), notice);
        assertTrue(notice.contains("anders 0900-8844"), notice);
        assertTrue(notice.contains("Niet alleen via WhatsApp"), notice);
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtsQueryTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "inbraak | \"inbraak\"",
        "  zwarte   scooter | \"zwarte\" \"scooter\"",
        "NOT dorps\"straat | \"NOT\" \"dorps\"\"straat\"",
        "café NEAR(x | \"café\" \"NEAR(x\"",
        "D-123-BC | \"D-123-BC\"",
        "(Dorpsstraat, | \"Dorpsstraat\""
    })
    void partsOfThreeOrMoreCharactersAreQuotedSubstrings(String typed, String query) {
        FtsQuery q = FtsQuery.of(typed).orElseThrow();

        assertEquals(Optional.of(query), q.substrings());
        assertEquals(Optional.empty(), q.wordStarts());
        assertEquals(List.of(new FtsQuery.Condition("alert_trigram", query)), q.conditions());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "f | \"f\"*",
        "12 | \"12\"*",
        "É, | \"É\"*",
        "de g | \"de\"* \"g\"*"
    })
    void shorterPartsMatchTheStartOfAWord(String typed, String query) {
        FtsQuery q = FtsQuery.of(typed).orElseThrow();

        assertEquals(Optional.empty(), q.substrings());
        assertEquals(List.of(new FtsQuery.Condition("alert_words", query)), q.conditions());
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "inbraak d | \"inbraak\" | \"d\"*",
        "a zwarte 12 scooter | \"zwarte\" \"scooter\" | \"a\"* \"12\"*"
    })
    void mixedPartsAreReadFromTheTrigramsFirst(String typed, String substrings, String wordStarts) {
        assertEquals(List.of(new FtsQuery.Condition("alert_trigram", substrings), new FtsQuery.Condition("alert_words", wordStarts)),
                FtsQuery.of(typed).orElseThrow().conditions());
    }

    @ParameterizedTest
    @CsvSource({"'   '", "'- * ( )'", "'\"\"'"})
    void textWithoutWordsSearchesNothing(String typed) {
        assertEquals(Optional.empty(), FtsQuery.of(typed));
    }
}

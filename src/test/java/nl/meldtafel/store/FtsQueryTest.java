package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FtsQueryTest {

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', value = {
        "inbraak | \"inbraak\"*",
        "  zwarte   scooter | \"zwarte\" \"scooter\"*",
        "NOT dorps\"straat | \"NOT\" \"dorps\"\"straat\"*",
        "café NEAR(x | \"café\" \"NEAR(x\"*"
    })
    void everyWordIsQuotedAndTheLastIsAPrefix(String typed, String query) {
        assertEquals(Optional.of(query), FtsQuery.of(typed));
    }

    @Test
    void aPlainLastWordBecomesTheIndexedWordsItIsAPrefixOf() {
        Function<String, Optional<List<String>>> words = prefix -> prefix.equals("scoot")
                ? Optional.of(List.of("scooter", "scooters")) : Optional.empty();

        assertEquals(Optional.of("\"zwarte\" AND (\"scooter\" OR \"scooters\")"), FtsQuery.of("zwarte Scoot", words));
        assertEquals(Optional.of("(\"scooter\" OR \"scooters\")"), FtsQuery.of("scoot", words));
        assertEquals(Optional.of("\"zwarte\" \"scoo\"*"), FtsQuery.of("zwarte scoo", words), "too many words: prefix");
        assertEquals(Optional.of("\"D-12\"*"), FtsQuery.of("D-12", p -> Optional.of(List.of("never"))), "not one token");
        assertEquals(Optional.of("\"ab\"*"), FtsQuery.of("ab", p -> Optional.of(List.of("abc"))), "too short to list");
    }

    @ParameterizedTest
    @CsvSource({"'   '", "'- * ( )'"})
    void textWithoutWordsSearchesNothing(String typed) {
        assertEquals(Optional.empty(), FtsQuery.of(typed));
    }
}

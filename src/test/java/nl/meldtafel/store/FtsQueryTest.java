package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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

    @ParameterizedTest
    @CsvSource({"'   '", "'- * ( )'"})
    void textWithoutWordsSearchesNothing(String typed) {
        assertEquals(Optional.empty(), FtsQuery.of(typed));
    }
}

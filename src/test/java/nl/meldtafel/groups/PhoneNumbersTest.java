package nl.meldtafel.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumbersTest {

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "06-12345678        | 06-12345678",
            "0612345678         | 06-12345678",
            "06 1234 5678       | 06-12345678",
            "06 - 12 34 56 78   | 06-12345678",
            "+31 6 12345678     | 06-12345678",
            "+31612345678       | 06-12345678",
            "+31 (0)6 12345678  | 06-12345678",
            "0031 6 12345678    | 06-12345678",
            "T 06-12345678      | 06-12345678",
            "T: 0612345678      | 06-12345678",
            "Tel. 06-12345678   | 06-12345678",
            "M 06 12345678      | 06-12345678",
            "(06) 12345678      | 06-12345678",
            "612345678          | 06-12345678",
            "071-5123456        | 0715123456",
            "+31 71 512 34 56   | 0715123456",
            "+32 470 12 34 56   | +32470123456",
            "06-1234567         | NONE",
            "06-123456789       | NONE",
            "bellen via Jan     | NONE",
            "06-1234567a        | NONE",
    })
    void everyWayOfWritingANumberGivesOneForm(String raw, String expected) {
        assertEquals(Optional.ofNullable(expected), PhoneNumbers.normalise(raw));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"06-12345678 | +31 6 12345678", "T 0612345678 | 0031612345678"})
    void theSameNumberWrittenTwoWaysHasOneMatchKey(String a, String b) {
        assertEquals(PhoneNumbers.matchKey(a), PhoneNumbers.matchKey(b));
    }
}

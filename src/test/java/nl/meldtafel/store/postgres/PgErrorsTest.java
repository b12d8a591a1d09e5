package nl.meldtafel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import nl.meldtafel.store.StorageException.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgErrorsTest {

    @ParameterizedTest(name = "SQLSTATE {0} is {1}")
    @CsvSource({
        "53100, DISK_FULL",
        "53300, OTHER",
        "25006, READ_ONLY",
        "42501, NO_PERMISSION",
        "XX001, CORRUPT",
        "40001, LOCKED",
        "40P01, LOCKED",
        "55P03, LOCKED",
        "23505, OTHER",
        "08006, UNREACHABLE",
        "08001, UNREACHABLE",
        "57P01, UNREACHABLE"
    })
    void sqlStatesMapToTheReasonsTheDeskExplains(String state, Reason reason) {
        assertEquals(reason, PgErrors.classify(state));
    }
}

package nl.meldtafel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextAndSummaryTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'*POLITIEBERICHT – HETERDAAD*\nWoninginbraak om 14.32 uur\nmeer' | Woninginbraak om 14.32 uur",
        "'\n\n  Vermist: _Jan_ (82)  \nrest' | Vermist: Jan (82)",
        "'*ALLEEN EEN KOP*' | ALLEEN EEN KOP",
        "'Kenteken D-123-BC, 2*3 verdachten' | Kenteken D-123-BC, 2*3 verdachten"
    })
    void summaryIsTheFirstLineThatSaysWhatHappened(String text, String summary) {
        assertEquals(summary, Summary.of(text.replace("\\n", "\n")));
    }

    @Test
    void summaryOfARedactedAlertIsEmptyAndLongLinesAreShortened() {
        assertEquals("", Summary.of(null));
        String shortened = Summary.of("a".repeat(500));
        assertEquals(Summary.MAX_LENGTH, shortened.length());
        assertTrue(shortened.endsWith("…"));
    }

    @Test
    void loneSurrogatesAreRejectedNamingTheFieldButPairsPass() {
        assertEquals("🚨 ok", TextChecks.requireWellFormed("message text", "🚨 ok"));
        IllegalArgumentException low = assertThrows(IllegalArgumentException.class,
                () -> TextChecks.requireWellFormed("field values", "x\uDC00"));
        assertTrue(low.getMessage().contains("field values") && low.getMessage().contains("position 2"), low.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TextChecks.requireWellFormed("t", "\uD83D"));
        assertThrows(IllegalArgumentException.class, () -> TextChecks.requireWellFormed("t", "\uD83D\uD83D\uDEA8"));
    }

    @Test
    void contentHashSeparatesFieldsAndDependsOnTheSalt() {
        byte[] salt = {1, 2, 3};
        assertTrue(!AuditHashing.contentHash(salt, "ab", "c").equals(AuditHashing.contentHash(salt, "a", "bc")));
        assertTrue(!AuditHashing.contentHash(salt, null, "x").equals(AuditHashing.contentHash(salt, "", "x")));
        assertTrue(!AuditHashing.contentHash(salt, "x").equals(AuditHashing.contentHash(new byte[] {9}, "x")));
        assertEquals(AuditHashing.contentHash(salt, "x"), AuditHashing.contentHash(new byte[] {1, 2, 3}, "x"));
    }

    @Test
    void osAccountComesFromTheOperatingSystemNotTheUserNameProperty() {
        String before = System.getProperty("user.name");
        System.setProperty("user.name", "nep-gebruiker");
        try {
            String account = OsAccount.current();
            assertTrue(!account.contains("nep-gebruiker"), account);
        } finally {
            System.setProperty("user.name", before);
        }
    }
}

package nl.meldtafel.message;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ValueCleanerTest {


    @Test
    void trimsAndCollapsesInnerSpaces() throws Exception {
        assertEquals("Dorps straat 12", ValueCleaner.clean("  Dorps \t  straat\u00A012  ", false));
    }

    @Test
    void removesNulAndOtherControlCharacters() throws Exception {
        assertEquals("abc", ValueCleaner.clean("a\u0000b\u0007c\u001B", false));
    }

    @Test
    void crlfInASingleLineFieldBecomesASpace() throws Exception {
        assertEquals("Dorpsstraat 12 Leiden", ValueCleaner.clean("Dorpsstraat 12\r\nLeiden", false));
    }

    @Test
    void crlfInAMultilineFieldBecomesLf() throws Exception {
        assertEquals("regel 1\nregel 2", ValueCleaner.clean("regel 1\r\nregel 2\r", true));
    }

    @Test
    void removesZeroWidthAndDirectionOverrides() throws Exception {
        assertEquals("kenteken AB-12-CD", ValueCleaner.clean("\uFEFFkenteken \u202EAB-12-CD\u202C\u200B\u2066\u2069\u200E", false));
    }

    @Test
    void keepsEmojiNonLatinLettersAndEmojiSequences() throws Exception {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertEquals("🚓 Ελένη Алексей 李 " + family, ValueCleaner.clean("🚓 Ελένη Алексей 李 " + family, false));
    }

    @Test
    void rejectsALoneSurrogate() {
        assertThrows(ValueCleaner.InvalidTextException.class, () -> ValueCleaner.clean("ab\uD83Dc", false));
        assertThrows(ValueCleaner.InvalidTextException.class, () -> ValueCleaner.clean("\uDC00", false));
    }

    @Test
    void tenThousandCharacterPasteIsCleanedNotTruncated() throws Exception {
        String paste = "x".repeat(10_000);
        assertEquals(10_000, ValueCleaner.clean(paste, true).length());
    }

    @Test
    void nullIsEmpty() throws Exception {
        assertEquals("", ValueCleaner.clean(null, false));
    }
}

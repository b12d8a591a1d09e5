package nl.meldtafel.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing fast = new PasswordHashing(1_000, new SecureRandom());

    @Test
    void onlyTheSamePasswordMatchesAndTheSamePasswordHashesDifferentlyEachTime() {
        String one = fast.hash("Wachtwoord-1".toCharArray());
        String two = fast.hash("Wachtwoord-1".toCharArray());
        assertNotEquals(one, two, "each hash has its own salt");
        assertTrue(fast.matches("Wachtwoord-1".toCharArray(), one));
        assertTrue(fast.matches("Wachtwoord-1".toCharArray(), two));
        assertFalse(fast.matches("wachtwoord-1".toCharArray(), one));
        assertFalse(fast.matches("Wachtwoord-1 ".toCharArray(), one));
    }

    @Test
    void aPasswordSetUnderAnotherWorkFactorStillMatches() {
        String older = new PasswordHashing(2_000, new SecureRandom()).hash("Oud-wachtwoord".toCharArray());
        assertTrue(fast.matches("Oud-wachtwoord".toCharArray(), older));
    }

    @Test
    void aDamagedOrForeignStoredFormMatchesNothing() {
        String good = fast.hash("Wachtwoord-1".toCharArray());
        for (String bad : new String[] {null, "", "Wachtwoord-1", good.replace("pbkdf2-sha256", "md5"),
                good.substring(0, good.lastIndexOf('$')), "pbkdf2-sha256$1$AAAA$AAAA", "pbkdf2-sha256$x$AAAA$AAAA",
                good.substring(0, good.length() - 4) + "AAAA"}) {
            assertFalse(fast.matches("Wachtwoord-1".toCharArray(), bad), String.valueOf(bad));
        }
    }

    @Test
    void tooShortBlankOrTooLongIsRefused() {
        assertEquals(WeakPasswordException.Reason.TOO_SHORT,
                assertThrows(WeakPasswordException.class, () -> fast.hash("kort".toCharArray())).reason());
        assertEquals(WeakPasswordException.Reason.TOO_SHORT,
                assertThrows(WeakPasswordException.class, () -> fast.hash("          ".toCharArray())).reason());
        assertEquals(WeakPasswordException.Reason.TOO_LONG,
                assertThrows(WeakPasswordException.class, () -> fast.hash("x".repeat(10_000).toCharArray())).reason());
        assertTrue(fast.matches("Één \uD83D\uDE93 wachtwoord".toCharArray(), fast.hash("Één \uD83D\uDE93 wachtwoord".toCharArray())),
                "accents and emoji are characters like any other");
    }

    @Test
    void theDeskDefaultIsOwaspsFigure() {
        assertTrue(new PasswordHashing().toString().endsWith("x600000"));
    }
}

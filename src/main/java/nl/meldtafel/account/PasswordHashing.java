package nl.meldtafel.account;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as PBKDF2-HMAC-SHA256 hashes with a salt of their own, in the JDK since Java 8: no library to
 * keep up. The stored form names its algorithm and work factor, so a later, slower setting still checks
 * the passwords set before it.
 */
public final class PasswordHashing {

    /** OWASP's figure for PBKDF2-HMAC-SHA256 (2023). */
    public static final int DEFAULT_ITERATIONS = 600_000;
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 200;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random;

    public PasswordHashing() {
        this(DEFAULT_ITERATIONS, new SecureRandom());
    }

    /** A lower work factor only for tests that set many passwords; what it stores still checks everywhere. */
    public PasswordHashing(int iterations, SecureRandom random) {
        if (iterations < 1_000) {
            throw new IllegalArgumentException("too few iterations: " + iterations);
        }
        this.iterations = iterations;
        this.random = random;
    }

    /** The stored form of a new password: {@code pbkdf2-sha256$ITERATIONS$SALT$HASH}, Base64. */
    public String hash(char[] password) {
        requireAcceptable(password);
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(password, salt, iterations));
    }

    /** Whether {@code password} is the one behind {@code stored}; false for a stored form it cannot read. */
    public boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX) || password.length > MAX_LENGTH) {
            return false;
        }
        try {
            int n = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return n >= 1_000 && MessageDigest.isEqual(expected, derive(password, salt, n));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Refuses a password too short to stand a guess or too long to be typed. */
    public static void requireAcceptable(char[] password) {
        if (password.length < MIN_LENGTH) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_SHORT);
        }
        if (password.length > MAX_LENGTH) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_LONG);
        }
        boolean blank = true;
        for (char ch : password) {
            blank &= Character.isWhitespace(ch);
        }
        if (blank) {
            throw new WeakPasswordException(WeakPasswordException.Reason.TOO_SHORT);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    @Override
    public String toString() {
        return PREFIX + " x" + iterations;
    }
}

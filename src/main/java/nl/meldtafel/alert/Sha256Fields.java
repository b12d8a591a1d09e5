package nl.meldtafel.alert;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over length-prefixed fields, so ("ab", "c") and ("a", "bc") never hash alike.
 * A null field is written as length -1, distinct from an empty one.
 */
final class Sha256Fields {

    private final MessageDigest digest;

    Sha256Fields() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Sha256Fields add(byte[] bytes) {
        digest.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            digest.update(bytes);
        }
        return this;
    }

    Sha256Fields add(String text) {
        return add(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    Sha256Fields add(long number) {
        return add(Long.toString(number));
    }

    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}

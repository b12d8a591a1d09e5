package nl.meldtafel.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over length-prefixed fields, so ("ab", "c") and ("a", "bc") never hash alike.
 * A null field is written as length -1, distinct from an empty one.
 */
final class Sha256Fields {

    // verifying a million-alert log hashes millions of times: a clone is much cheaper than a provider lookup
    private static final MessageDigest PROTOTYPE = newDigest();
    private static final HexFormat HEX = HexFormat.of();

    private final MessageDigest digest;
    private final byte[] length = new byte[4];

    Sha256Fields() {
        try {
            digest = (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("The JDK's SHA-256 can be cloned", e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    Sha256Fields add(byte[] bytes) {
        int n = bytes == null ? -1 : bytes.length;
        // big-endian, as ByteBuffer.putInt wrote it when the chain began
        length[0] = (byte) (n >>> 24);
        length[1] = (byte) (n >>> 16);
        length[2] = (byte) (n >>> 8);
        length[3] = (byte) n;
        digest.update(length);
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
        return HEX.formatHex(digest.digest());
    }
}

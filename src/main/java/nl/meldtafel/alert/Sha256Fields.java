package nl.meldtafel.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
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
    // The fields are gathered here and hashed in one update: per field, the digest's own buffering of a
    // few bytes at a time took a fifth of the hashing (ChainHashBenchmark); log verify hashes millions.
    private byte[] fields = new byte[512];
    private int size;

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
        room(4 + Math.max(n, 0));
        // big-endian, as ByteBuffer.putInt wrote it when the chain began
        fields[size] = (byte) (n >>> 24);
        fields[size + 1] = (byte) (n >>> 16);
        fields[size + 2] = (byte) (n >>> 8);
        fields[size + 3] = (byte) n;
        size += 4;
        if (bytes != null) {
            System.arraycopy(bytes, 0, fields, size, n);
            size += n;
        }
        return this;
    }

    private void room(int more) {
        if (size + more > fields.length) {
            fields = Arrays.copyOf(fields, Math.max(fields.length * 2, size + more));
        }
    }

    Sha256Fields add(String text) {
        return add(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
    }

    Sha256Fields add(long number) {
        return add(Long.toString(number));
    }

    String hex() {
        digest.update(fields, 0, size);
        size = 0;
        return HEX.formatHex(digest.digest());
    }
}

package nl.meldtafel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The chain's hashes are a stored format: every log and every server function relies on the exact bytes.
 * Checked against a plain reimplementation of the layout (length-prefixed UTF-8 fields, -1 for null).
 */
class AuditHashingTest {

    private static String reference(Object... fields) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (Object f : fields) {
            byte[] bytes = f == null ? null : String.valueOf(f).getBytes(StandardCharsets.UTF_8);
            md.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                md.update(bytes);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void anEntryOfTheCurrentFormHashesItsFieldsInTheirStoredOrder() throws Exception {
        AuditRecord r = new AuditRecord(AuditEvent.SENT, 4711, Instant.ofEpochMilli(1_795_000_000_123L), 12, "balie1",
                "{\"groups\":[\"Buurtpreventie Oost 🚨\"]}", "c0ffee", 2, 0, "S. El Idrissi", null);

        assertEquals(reference("meldtafel-audit-v2/entry", 9, "ab12", "SENT", 4711, 0, 1_795_000_000_123L, 12,
                "S. El Idrissi", null, "balie1", "{\"groups\":[\"Buurtpreventie Oost 🚨\"]}", "c0ffee"),
                AuditHashing.entryHash(9, r, "ab12"));
    }

    @Test
    void anEntryOfTheFirstFormKeepsItsOwnLayout() throws Exception {
        AuditRecord r = new AuditRecord(AuditEvent.CLOSED, 3, Instant.ofEpochMilli(1000), 1, "jan", "{}", "h");

        assertEquals(reference("meldtafel-audit-v1/entry", 1, AuditHashing.GENESIS, "CLOSED", 3, 1000, 1, "jan", "{}", "h"),
                AuditHashing.entryHash(1, r, AuditHashing.GENESIS));
    }

    @Test
    void aLongPasteHashesAsItsBytesInOrder() throws Exception {
        // longer than the hasher's first buffer, with emoji, control characters and a null among the parts
        String paste = "Verdachte 🚲\t\u0007".repeat(1_000);
        byte[] salt = new byte[16];
        String expected = referenceWithSalt(salt, "heterdaad", paste, null, "");

        assertEquals(expected, AuditHashing.contentHash(salt, "heterdaad", paste, null, ""));
    }

    private static String referenceWithSalt(byte[] salt, String... parts) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        byte[] version = "meldtafel-audit-v1/content".getBytes(StandardCharsets.UTF_8);
        md.update(ByteBuffer.allocate(4).putInt(version.length).array());
        md.update(version);
        md.update(ByteBuffer.allocate(4).putInt(salt.length).array());
        md.update(salt);
        for (String part : parts) {
            byte[] bytes = part == null ? null : part.getBytes(StandardCharsets.UTF_8);
            md.update(ByteBuffer.allocate(4).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                md.update(bytes);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    @Test
    void contentHashesTellEmptyFromMissingAndDependOnTheSalt() throws Exception {
        byte[] salt = {1, 2, 3};
        String withEmpty = AuditHashing.contentHash(salt, "", "tekst");
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        for (byte[] field : new byte[][] {"meldtafel-audit-v1/content".getBytes(StandardCharsets.UTF_8), salt,
                new byte[0], "tekst".getBytes(StandardCharsets.UTF_8)}) {
            md.update(ByteBuffer.allocate(4).putInt(field.length).array());
            md.update(field);
        }

        assertEquals(HexFormat.of().formatHex(md.digest()), withEmpty);
        assertNotEquals(withEmpty, AuditHashing.contentHash(salt, null, "tekst"));
        assertNotEquals(withEmpty, AuditHashing.contentHash(new byte[] {1, 2, 4}, "", "tekst"));
    }
}

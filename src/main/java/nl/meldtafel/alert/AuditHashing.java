package nl.meldtafel.alert;

import java.security.SecureRandom;

/** The hashes that make the audit chain tamper-evident. */
public final class AuditHashing {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "meldtafel-audit-v1";
    private static final String VERSION_2 = "meldtafel-audit-v2";
    private static final int SALT_BYTES = 16;

    private AuditHashing() {
    }

    /** Commits to personal content without revealing it; the random salt stops guessing short values. */
    public static String contentHash(byte[] salt, String... parts) {
        Sha256Fields h = new Sha256Fields().add(VERSION + "/content").add(salt);
        for (String part : parts) {
            h.add(part);
        }
        return h.hex();
    }

    public static String entryHash(long seq, AuditRecord r, String prevHash) {
        if (r.form() >= 2) {
            return new Sha256Fields()
                    .add(VERSION_2 + "/entry")
                    .add(seq)
                    .add(prevHash)
                    .add(r.event().name())
                    .add(r.alertId())
                    .add(r.subjectId())
                    .add(r.at().toEpochMilli())
                    .add(r.officerId())
                    .add(r.actorName())
                    .add(r.actorNumber())
                    .add(r.osAccount())
                    .add(r.details())
                    .add(r.contentHash())
                    .hex();
        }
        return new Sha256Fields()
                .add(VERSION + "/entry")
                .add(seq)
                .add(prevHash)
                .add(r.event().name())
                .add(r.alertId())
                .add(r.at().toEpochMilli())
                .add(r.officerId())
                .add(r.osAccount())
                .add(r.details())
                .add(r.contentHash())
                .hex();
    }

    public static byte[] newSalt(SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return salt;
    }
}

package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.AuditHashing;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecord;
import nl.meldtafel.alert.ChainHead;

/**
 * The audit chain on the server. Many desks append at once: each append (the server function
 * meldtafel_append_entry, as meldtafel_redact) takes one transaction-level advisory lock first, so the
 * head it reads is the last committed one and no two desks chain to the same.
 */
final class PostgresAuditLog implements AuditLog {

    private final PgTransactor tx;

    PostgresAuditLog(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public AuditEntry append(AuditRecord r) {
        return tx.run("Could not write the audit entry for alert " + r.alertId(), c -> {
            if (r.form() != AuditRecord.CURRENT_FORM) {
                // older forms only come from older desk logs, which server import copies row by row
                throw new IllegalArgumentException("A server chain takes entries of form " + AuditRecord.CURRENT_FORM
                        + " only, not " + r.form());
            }
            // one round trip: the lock is held until the caller's transaction ends, so every round trip
            // while it is held slows all desks; the change and its entry commit together
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, prev_hash, entry_hash FROM meldtafel_append_entry("
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, r.event().name());
                ps.setLong(2, r.alertId());
                ps.setLong(3, r.subjectId());
                ps.setLong(4, r.at().toEpochMilli());
                ps.setLong(5, r.officerId());
                ps.setString(6, r.actorName());
                ps.setString(7, r.actorNumber());
                ps.setString(8, r.osAccount());
                ps.setString(9, r.details());
                ps.setString(10, r.contentHash());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    AuditEntry entry = new AuditEntry(rs.getLong(1), r, rs.getString(2), rs.getString(3));
                    String expected = AuditHashing.entryHash(entry.seq(), r, entry.prevHash());
                    if (!expected.equals(entry.entryHash())) {
                        // rolls the transaction back: an entry the desk cannot verify is never written
                        throw new IllegalStateException("The server computed chain entry " + entry.seq()
                                + " differently from this desk; nothing was written");
                    }
                    return entry;
                }
            }
        });
    }

    @Override
    public Optional<ChainHead> head() {
        return tx.run("Could not read the audit chain", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
                return rs.next() ? Optional.of(new ChainHead(rs.getLong(1), rs.getString(2))) : Optional.<ChainHead>empty();
            }
        });
    }

    @Override
    public Optional<String> hashAt(long seq) {
        return tx.run("Could not read the audit chain", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT entry_hash FROM audit_entry WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public int headForm() {
        return tx.run("Could not read the audit chain", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT form FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public List<AuditEntry> entriesAfter(long seq, int limit) {
        return tx.run("Could not read the audit chain", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, event, alert_id, at, officer_id, os_account, "
                    + "details, content_hash, prev_hash, entry_hash, form, subject_id, actor_name, actor_number "
                    + "FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditRecord r = new AuditRecord(AuditEvent.valueOf(rs.getString(2)), rs.getLong(3),
                                Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5), rs.getString(6), rs.getString(7),
                                rs.getString(8), rs.getInt(11), rs.getLong(12), rs.getString(13), rs.getString(14));
                        entries.add(new AuditEntry(rs.getLong(1), r, rs.getString(9), rs.getString(10)));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public List<MissingEntry> missingEntries() {
        return tx.run("Could not check the audit chain", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT a.id, 'SENT' FROM alert a WHERE a.status IN ('SENT', 'CLOSED') AND NOT EXISTS "
                            + "(SELECT 1 FROM audit_entry e WHERE e.alert_id = a.id AND e.event = 'SENT') "
                            + "UNION ALL SELECT a.id, 'CLOSED' FROM alert a WHERE a.status = 'CLOSED' AND NOT EXISTS "
                            + "(SELECT 1 FROM audit_entry e WHERE e.alert_id = a.id AND e.event = 'CLOSED') "
                            + "ORDER BY 1 LIMIT 100")) {
                List<MissingEntry> missing = new ArrayList<>();
                while (rs.next()) {
                    missing.add(new MissingEntry(rs.getLong(1), AuditEvent.valueOf(rs.getString(2))));
                }
                return missing;
            }
        });
    }
}

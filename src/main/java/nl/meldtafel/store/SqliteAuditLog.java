package nl.meldtafel.store;

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

/** The audit chain in SQLite; the schema forbids updating or deleting entries. */
public final class SqliteAuditLog implements AuditLog {

    private final Database db;
    // the entry this log appended last, and in which write transaction: the next append in the same one
    // chains on it without reading the head (a demo's transaction appends thousands)
    private ChainHead appended;
    private long appendedIn;

    public SqliteAuditLog(Database db) {
        this.db = db;
    }

    @Override
    public AuditEntry append(AuditRecord r) {
        // inside an IMMEDIATE transaction, so no other writer can take the same sequence number
        return db.write("Could not write the audit entry for alert " + r.alertId(), c -> {
            long transaction = db.writeTransaction();
            ChainHead head = transaction != 0 && transaction == appendedIn ? appended
                    : head().orElse(new ChainHead(0, AuditHashing.GENESIS));
            long seq = head.seq() + 1;
            AuditEntry entry = new AuditEntry(seq, r, head.hash(), AuditHashing.entryHash(seq, r, head.hash()));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_entry (seq, event, alert_id, at, "
                    + "officer_id, os_account, details, content_hash, prev_hash, entry_hash, form, subject_id, actor_name, actor_number) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, seq);
                ps.setString(2, r.event().name());
                ps.setLong(3, r.alertId());
                ps.setLong(4, r.at().toEpochMilli());
                ps.setLong(5, r.officerId());
                ps.setString(6, r.osAccount());
                ps.setString(7, r.details());
                ps.setString(8, r.contentHash());
                ps.setString(9, entry.prevHash());
                ps.setString(10, entry.entryHash());
                ps.setInt(11, r.form());
                ps.setLong(12, r.subjectId());
                ps.setString(13, r.actorName());
                ps.setString(14, r.actorNumber());
                ps.executeUpdate();
            }
            appended = new ChainHead(seq, entry.entryHash());
            appendedIn = transaction;
            return entry;
        });
    }

    @Override
    public Optional<ChainHead> head() {
        return db.read("Could not read the audit chain", c -> {
            // prepared, so the statement cache keeps it: every chain append reads the head first
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, entry_hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ChainHead(rs.getLong(1), rs.getString(2))) : Optional.<ChainHead>empty();
            }
        });
    }

    @Override
    public Optional<String> hashAt(long seq) {
        return db.read("Could not read the audit chain", c -> {
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
        return db.read("Could not read the audit chain", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT form FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        });
    }

    @Override
    public List<AuditEntry> entriesAfter(long seq, int limit) {
        return db.read("Could not read the audit chain", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, event, alert_id, at, officer_id, os_account, "
                    + "details, content_hash, prev_hash, entry_hash, form, subject_id, actor_name, actor_number "
                    + "FROM audit_entry WHERE seq > ? ORDER BY seq LIMIT ?")) {
                ps.setLong(1, seq);
                ps.setInt(2, limit);
                List<AuditEntry> entries = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditRecord r = new AuditRecord(AuditEvent.valueOf(SqliteText.get(rs, 2)), rs.getLong(3),
                                Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5), SqliteText.get(rs, 6), SqliteText.get(rs, 7),
                                SqliteText.get(rs, 8), rs.getInt(11), rs.getLong(12), SqliteText.get(rs, 13), SqliteText.get(rs, 14));
                        entries.add(new AuditEntry(rs.getLong(1), r, SqliteText.get(rs, 9), SqliteText.get(rs, 10)));
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public List<MissingEntry> missingEntries() {
        return db.read("Could not check the audit chain", c -> {
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

package nl.meldtafel.store.postgres;

import nl.meldtafel.store.Jdbc;
import nl.meldtafel.store.RedactionRows;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import nl.meldtafel.alert.AuditHashing;
import nl.meldtafel.alert.AuditRecord;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.retention.ChainMember;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionRepository;
import nl.meldtafel.template.MessageKind;

/**
 * Retention settings, holds and redaction on the server. The schema's triggers allow only a full
 * redaction, and the desks' role can make one only through meldtafel_redact (schema 5), a SECURITY
 * DEFINER function that writes the run's chain entry itself.
 */
final class PostgresRetentionRepository implements RetentionRepository {

    private static final String HOLD_SELECT = "SELECT h.id, h.alert_id, h.reason, h.until_date, h.placed_at, "
            + "h.placed_by, o.name, h.lifted_at, h.lifted_by FROM retention_hold h JOIN officer o ON o.id = h.placed_by ";

    private final PgTransactor tx;

    PostgresRetentionRepository(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public RetentionPolicy policy() {
        return tx.run("Could not read the retention periods", c -> {
            Map<MessageKind, Integer> days = new EnumMap<>(MessageKind.class);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kind, days FROM retention_setting")) {
                while (rs.next()) {
                    // a kind this version does not know is left for the version that wrote it
                    Optional<MessageKind> kind = MessageKind.fromJson(rs.getString(1).toLowerCase(Locale.ROOT));
                    if (kind.isPresent()) {
                        days.put(kind.get(), rs.getInt(2));
                    }
                }
            }
            return new RetentionPolicy(days);
        });
    }

    @Override
    public void savePolicy(RetentionPolicy policy, long officerId, Instant at) {
        tx.run("Could not save the retention periods", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO retention_setting AS s (kind, days, changed_at, changed_by) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET days = excluded.days, "
                    + "changed_at = excluded.changed_at, changed_by = excluded.changed_by WHERE s.days <> excluded.days")) {
                for (Map.Entry<MessageKind, Integer> e : policy.days().entrySet()) {
                    ps.setString(1, e.getKey().name());
                    ps.setInt(2, e.getValue());
                    ps.setLong(3, at.toEpochMilli());
                    ps.setLong(4, officerId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Hold> holds() {
        return tx.run("Could not read the holds", c -> {
            try (PreparedStatement ps = c.prepareStatement(HOLD_SELECT + "ORDER BY h.placed_at DESC, h.id DESC")) {
                return holds(ps);
            }
        });
    }

    @Override
    public List<Hold> holdsOf(long alertId) {
        return tx.run("Could not read the holds of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement(HOLD_SELECT + "WHERE h.alert_id = ? ORDER BY h.placed_at DESC, h.id DESC")) {
                ps.setLong(1, alertId);
                return holds(ps);
            }
        });
    }

    private static List<Hold> holds(PreparedStatement ps) throws SQLException {
        List<Hold> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Hold(rs.getLong(1), rs.getLong(2), rs.getString(3), LocalDate.parse(rs.getString(4)),
                        Instant.ofEpochMilli(rs.getLong(5)), rs.getLong(6), rs.getString(7), Jdbc.instant(rs, "lifted_at"),
                        Jdbc.nullableLong(rs, "lifted_by")));
            }
        }
        return list;
    }

    @Override
    public long placeHold(long alertId, String reason, LocalDate until, long officerId, String osAccount, Instant at) {
        return tx.run("Could not place the hold on alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO retention_hold (alert_id, reason, until_date, "
                    + "placed_at, placed_by, placed_os_account) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, alertId);
                ps.setString(2, reason);
                ps.setString(3, until.toString());
                ps.setLong(4, at.toEpochMilli());
                ps.setLong(5, officerId);
                ps.setString(6, osAccount);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    @Override
    public long liftHold(long holdId, long officerId, Instant at) {
        return tx.run("Could not lift the hold", c -> nl.meldtafel.store.HoldRows.lift(c, holdId, officerId, at));
    }

    @Override
    public List<ChainMember> chainsRootedIn(long afterId, long toId) {
        return tx.run("Could not read the alerts due for redaction", c -> RedactionRows.chainsRootedIn(c, afterId, toId));
    }

    @Override
    public long highestAlertId() {
        return tx.run("Could not read the alerts due for redaction", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM alert")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void redact(List<Long> ids, Instant at, AuditRecord entry) {
        tx.run("Could not remove the content of old alerts", c -> {
            long seq;
            try (PreparedStatement ps = c.prepareStatement("SELECT meldtafel_redact(?, ?, ?, ?, ?, ?)")) {
                ps.setArray(1, PgJdbc.ids(c, ids));
                ps.setLong(2, at.toEpochMilli());
                ps.setLong(3, entry.officerId());
                ps.setString(4, entry.osAccount());
                ps.setString(5, entry.actorName());
                ps.setString(6, entry.actorNumber());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
            // the function hashed the entry itself: it must be the one Meldtafel would have written
            try (PreparedStatement ps = c.prepareStatement("SELECT prev_hash, entry_hash, details, content_hash "
                    + "FROM audit_entry WHERE seq = ?")) {
                ps.setLong(1, seq);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getString(3).equals(entry.details()) || !rs.getString(4).equals(entry.contentHash())
                            || !rs.getString(2).equals(AuditHashing.entryHash(seq, entry, rs.getString(1)))) {
                        throw new IllegalStateException("The server's redaction entry " + seq + " is not the one Meldtafel "
                                + "computes; nothing was redacted (is the server's schema from another Meldtafel version?)");
                    }
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Instant> latestRedaction() {
        return tx.run("Could not read the latest redaction", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT max(redacted_at) FROM alert WHERE redacted_at IS NOT NULL")) {
                rs.next();
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(v));
            }
        });
    }

    @Override
    public int deleteDraftsSavedBefore(Instant before) {
        return tx.run("Could not remove old drafts", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE saved_at < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}

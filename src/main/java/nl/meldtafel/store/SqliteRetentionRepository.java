package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecord;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.retention.ChainMember;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionRepository;
import nl.meldtafel.template.MessageKind;

/** Retention settings, holds and redaction in SQLite; the schema's triggers allow only a full redaction. */
public final class SqliteRetentionRepository implements RetentionRepository {

    private static final String HOLD_SELECT = "SELECT h.id, h.alert_id, h.reason, h.until_date, h.placed_at, "
            + "h.placed_by, o.name, h.lifted_at, h.lifted_by FROM retention_hold h JOIN officer o ON o.id = h.placed_by ";

    private final Database db;
    private final AuditLog audit;

    public SqliteRetentionRepository(Database db, AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    @Override
    public RetentionPolicy policy() {
        return db.read("Could not read the retention periods", c -> {
            Map<MessageKind, Integer> days = new EnumMap<>(MessageKind.class);
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT kind, days FROM retention_setting")) {
                while (rs.next()) {
                    // a kind this version does not know is left for the version that wrote it
                    MessageKind.fromJson(rs.getString(1).toLowerCase(java.util.Locale.ROOT))
                            .ifPresent(kind -> put(days, kind, rs));
                }
            }
            return new RetentionPolicy(days);
        });
    }

    private static void put(Map<MessageKind, Integer> days, MessageKind kind, ResultSet rs) {
        try {
            days.put(kind, rs.getInt(2));
        } catch (SQLException e) {
            throw SqliteErrors.wrap("Could not read the retention periods", e);
        }
    }

    @Override
    public void savePolicy(RetentionPolicy policy, long officerId, Instant at) {
        db.write("Could not save the retention periods", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO retention_setting (kind, days, changed_at, changed_by) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (kind) DO UPDATE SET days = excluded.days, "
                    + "changed_at = excluded.changed_at, changed_by = excluded.changed_by WHERE days <> excluded.days")) {
                for (Map.Entry<MessageKind, Integer> e : policy.days().entrySet()) {
                    ps.setString(1, e.getKey().name());
                    ps.setInt(2, e.getValue());
                    ps.setLong(3, at.toEpochMilli());
                    ps.setLong(4, officerId);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public List<Hold> holds() {
        return db.read("Could not read the holds", c -> {
            try (PreparedStatement ps = c.prepareStatement(HOLD_SELECT + "ORDER BY h.placed_at DESC, h.id DESC")) {
                return holds(ps);
            }
        });
    }

    @Override
    public List<Hold> holdsOf(long alertId) {
        return db.read("Could not read the holds of alert " + alertId, c -> {
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
        return db.write("Could not place the hold on alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO retention_hold (alert_id, reason, until_date, "
                    + "placed_at, placed_by, placed_os_account) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
                ps.setLong(1, alertId);
                ps.setString(2, reason);
                ps.setString(3, until.toString());
                ps.setLong(4, at.toEpochMilli());
                ps.setLong(5, officerId);
                ps.setString(6, osAccount);
                try (ResultSet keys = ps.executeQuery()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    @Override
    public long liftHold(long holdId, long officerId, Instant at) {
        return db.write("Could not lift the hold", c -> HoldRows.lift(c, holdId, officerId, at));
    }

    @Override
    public List<ChainMember> chainsRootedIn(long afterId, long toId) {
        return db.read("Could not read the alerts due for redaction", c -> RedactionRows.chainsRootedIn(c, afterId, toId));
    }

    @Override
    public long highestAlertId() {
        return db.read("Could not read the alerts due for redaction", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM alert")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Override
    public void redact(List<Long> ids, Instant at, AuditRecord entry) {
        db.write("Could not remove the content of old alerts", c -> {
            // the FTS triggers take the text out of the search index as it is nulled here
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET redacted_at = ?, values_json = NULL, "
                    + "text = NULL, content_salt = NULL, close_reason = NULL, close_salt = NULL "
                    + "WHERE id IN (SELECT value FROM json_each(?)) AND redacted_at IS NULL AND status <> 'PENDING'")) {
                ps.setLong(1, at.toEpochMilli());
                ps.setString(2, Jdbc.idList(ids));
                int changed = ps.executeUpdate();
                if (changed != ids.size()) {
                    throw new IllegalStateException("Expected to redact " + ids.size() + " alerts, found " + changed);
                }
            }
            audit.append(entry);
            return null;
        });
    }

    @Override
    public long textsLoggedBefore(Map<MessageKind, Instant> cutoffs, long atMost) {
        return db.read("Could not count the alerts due for redaction", c -> {
            // per kind and newest first: the ones not yet redacted are next to the cutoff, the redacted far behind it
            long found = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM (SELECT 1 FROM alert WHERE kind = ? "
                    + "AND log_at < ? AND redacted_at IS NULL AND text IS NOT NULL ORDER BY log_at DESC LIMIT ?)")) {
                for (Map.Entry<MessageKind, Instant> cutoff : cutoffs.entrySet()) {
                    if (found >= atMost) {
                        break;
                    }
                    ps.setString(1, cutoff.getKey().name());
                    ps.setLong(2, cutoff.getValue().toEpochMilli());
                    ps.setLong(3, atMost - found);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        found += rs.getLong(1);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void leaveSearchCleanupToTheEnd() {
        db.write("Could not prepare the redaction run", c -> {
            SearchTriggers.setAside(c, SearchTriggers.REMOVAL);
            return null;
        });
    }

    @Override
    public boolean searchCleanupLeft() {
        return db.read("Could not read the search index's state", SearchTriggers::removalAside);
    }

    @Override
    public void cleanSearchIndex() {
        db.write("Could not rebuild the search index", c -> SearchTriggers.putBack(c, SearchTriggers.DESK_REBUILD_BUFFER));
    }

    @Override
    public Optional<Instant> latestRedaction() {
        return db.read("Could not read the latest redaction", c -> {
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
        return db.write("Could not remove old drafts", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE saved_at < ?")) {
                ps.setLong(1, before.toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }

    /** Used by the storage hygiene to find backups that still hold redacted content. */
    static boolean holdsRemovedContent(Connection live, String attachedSchema, Instant draftCutoff) throws SQLException {
        try (PreparedStatement ps = live.prepareStatement("SELECT EXISTS (SELECT 1 FROM "
                + attachedSchema + ".alert b JOIN main.alert a ON a.id = b.id WHERE a.redacted_at IS NOT NULL "
                + "AND (b.text IS NOT NULL OR b.values_json IS NOT NULL OR b.close_reason IS NOT NULL)) "
                + "OR EXISTS (SELECT 1 FROM " + attachedSchema + ".draft WHERE saved_at < ?)")) {
            ps.setLong(1, draftCutoff.toEpochMilli());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        }
    }
}

package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.KindWeekCount;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.SealedContent;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/** Alerts in SQLite; the triggers of the schema keep sent alerts unchanged whatever the caller does. */
public final class SqliteAlertRepository implements AlertRepository {

    private static final String ALERT_COLUMNS = "SELECT a.*, o.name AS officer_name, o.personnel_number "
            + "FROM alert a JOIN officer o ON o.id = a.officer_id ";
    private static final String ROW_COLUMNS = "SELECT a.id, a.created_at, a.sent_at, a.kind, a.text, a.status, "
            + "a.due_at, a.closed_at, o.name AS officer_name FROM alert a JOIN officer o ON o.id = a.officer_id ";

    private final Database db;

    public SqliteAlertRepository(Database db) {
        this.db = db;
    }

    @Override
    public long insertPending(NewAlert n, Actor composer, Instant createdAt, byte[] salt) {
        TextChecks.requireWellFormed("field values", n.valuesJson());
        TextChecks.requireWellFormed("message text", n.text());
        TextChecks.requireWellFormed("template id", n.templateId());
        return db.write("Could not save alert", c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (kind, template_id, template_hash, "
                    + "values_json, text, content_salt, officer_id, os_account, created_at, log_at, status, "
                    + "awaits_closure, policy_due_ms, policy_repeat_ms, parent_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                FollowUpPolicy p = n.followUp();
                ps.setString(1, n.kind().name());
                ps.setString(2, n.templateId());
                ps.setString(3, n.templateHash());
                ps.setString(4, n.valuesJson());
                ps.setString(5, n.text());
                ps.setBytes(6, salt);
                ps.setLong(7, composer.officer().id());
                ps.setString(8, composer.osAccount());
                ps.setLong(9, createdAt.toEpochMilli());
                ps.setLong(10, createdAt.toEpochMilli());
                ps.setInt(11, p.awaitsClosure() ? 1 : 0);
                Jdbc.setLong(ps, 12, p.awaitsClosure() ? p.due().toMillis() : null);
                Jdbc.setLong(ps, 13, p.awaitsClosure() && p.repeat() != null ? p.repeat().toMillis() : null);
                Jdbc.setLong(ps, 14, n.parentId());
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertGroups(c, id, n.groupIds());
            return id;
        });
    }

    private static void insertGroups(Connection c, long alertId, List<Long> groupIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO alert_group (alert_id, group_id) VALUES (?, ?)")) {
            for (long g : groupIds) {
                ps.setLong(1, alertId);
                ps.setLong(2, g);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void markSent(long id, Instant sentAt, String isoWeek, Instant dueAt, List<Long> groupIds) {
        db.write("Could not record alert " + id + " as sent", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM alert_group WHERE alert_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
            insertGroups(c, id, groupIds);
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET status = 'SENT', sent_at = ?, "
                    + "log_at = ?, sent_week = ?, due_at = ? WHERE id = ? AND status = 'PENDING'")) {
                ps.setLong(1, sentAt.toEpochMilli());
                ps.setLong(2, sentAt.toEpochMilli());
                ps.setString(3, isoWeek);
                Jdbc.setInstant(ps, 4, dueAt);
                ps.setLong(5, id);
                requireOneRow(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    @Override
    public void setDue(long id, Instant dueAt) {
        update("Could not change the due time of alert " + id, "UPDATE alert SET due_at = ? WHERE id = ?", id,
                ps -> Jdbc.setInstant(ps, 1, dueAt));
    }

    @Override
    public void snooze(long id, Instant newDue, Instant at, long officerId) {
        update("Could not snooze alert " + id, "UPDATE alert SET due_at = ?, snoozed_at = ?, snoozed_by = ? WHERE id = ?",
                id, ps -> {
                    Jdbc.setInstant(ps, 1, newDue);
                    Jdbc.setInstant(ps, 2, at);
                    ps.setLong(3, officerId);
                });
    }

    @Override
    public void close(long id, Closure closure, byte[] salt) {
        TextChecks.requireWellFormed("close reason", closure.reason());
        update("Could not close alert " + id, "UPDATE alert SET status = 'CLOSED', due_at = NULL, closed_at = ?, "
                + "closed_by_alert_id = ?, close_reason = ?, close_salt = ?, closed_by_officer_id = ?, "
                + "closed_os_account = ? WHERE id = ?", id, ps -> {
                    Jdbc.setInstant(ps, 1, closure.at());
                    Jdbc.setLong(ps, 2, closure.byAlertId());
                    ps.setString(3, closure.reason());
                    ps.setBytes(4, salt);
                    ps.setLong(5, closure.officerId());
                    ps.setString(6, closure.osAccount());
                });
    }

    @Override
    public void deletePending(long id) {
        update("Could not discard alert " + id, "DELETE FROM alert WHERE status = 'PENDING' AND id = ?", id, ps -> { });
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** Runs an update whose last parameter is the alert id. */
    private void update(String action, String sql, long id, Binder binder) {
        db.write(action, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                ps.setLong(ps.getParameterMetaData().getParameterCount(), id);
                requireOneRow(ps.executeUpdate(), id);
            }
            return null;
        });
    }

    private static void requireOneRow(int changed, long id) {
        if (changed != 1) {
            throw new IllegalStateException("Alert " + id + " does not exist or is not in the expected state");
        }
    }

    @Override
    public Optional<Alert> find(long id) {
        return db.read("Could not load alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(ALERT_COLUMNS + "WHERE a.id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(alert(rs, groupsOf(c, id))) : Optional.<Alert>empty();
                }
            }
        });
    }

    private static List<Long> groupsOf(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT group_id FROM alert_group WHERE alert_id = ? ORDER BY group_id")) {
            ps.setLong(1, id);
            List<Long> groups = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.add(rs.getLong(1));
                }
            }
            return groups;
        }
    }

    private static Alert alert(ResultSet rs, List<Long> groups) throws SQLException {
        Long dueMs = Jdbc.nullableLong(rs, "policy_due_ms");
        Long repeatMs = Jdbc.nullableLong(rs, "policy_repeat_ms");
        FollowUpPolicy policy = rs.getInt("awaits_closure") == 1
                ? new FollowUpPolicy(true, Duration.ofMillis(dueMs), repeatMs == null ? null : Duration.ofMillis(repeatMs))
                : FollowUpPolicy.NONE;
        Instant snoozedAt = Jdbc.instant(rs, "snoozed_at");
        Instant closedAt = Jdbc.instant(rs, "closed_at");
        return new Alert(rs.getLong("id"), MessageKind.valueOf(rs.getString("kind")), rs.getString("template_id"),
                rs.getString("template_hash"), rs.getString("values_json"), rs.getString("text"),
                new Officer(rs.getLong("officer_id"), rs.getString("officer_name"), rs.getString("personnel_number")),
                rs.getString("os_account"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "sent_at"),
                AlertStatus.valueOf(rs.getString("status")), policy, Jdbc.instant(rs, "due_at"),
                snoozedAt == null ? null : new Alert.Snooze(snoozedAt, rs.getLong("snoozed_by")),
                Jdbc.nullableLong(rs, "parent_id"), groups,
                closedAt == null ? null : new Closure(closedAt, Jdbc.nullableLong(rs, "closed_by_alert_id"),
                        rs.getString("close_reason"), rs.getLong("closed_by_officer_id"), rs.getString("closed_os_account")),
                Jdbc.instant(rs, "redacted_at"));
    }

    @Override
    public Optional<SealedContent> sealedContent(long id) {
        return db.read("Could not load alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT content_salt, values_json, text, close_salt, close_reason FROM alert WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next()
                            ? Optional.of(new SealedContent(rs.getBytes(1), rs.getString(2), rs.getString(3), rs.getBytes(4), rs.getString(5)))
                            : Optional.<SealedContent>empty();
                }
            }
        });
    }

    @Override
    public Page<AlertRow> search(AlertQuery q) {
        LogSearch search = LogSearch.of(q);
        return db.read("Could not search the log", c -> {
            try (PreparedStatement ps = c.prepareStatement(ROW_COLUMNS + search.where()
                    + " ORDER BY a.log_at DESC, a.id DESC LIMIT ?")) {
                int i = search.bind(ps);
                ps.setInt(i, q.limit() + 1);
                List<AlertRow> rows = rows(ps);
                if (rows.size() <= q.limit()) {
                    return new Page<>(rows, Optional.<LogCursor>empty());
                }
                List<AlertRow> page = rows.subList(0, q.limit());
                return new Page<>(page, Optional.of(page.get(page.size() - 1).cursor()));
            }
        });
    }

    private static List<AlertRow> rows(PreparedStatement ps) throws SQLException {
        List<AlertRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new AlertRow(rs.getLong("id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "sent_at"),
                        MessageKind.valueOf(rs.getString("kind")), Summary.of(rs.getString("text")),
                        rs.getString("officer_name"), AlertStatus.valueOf(rs.getString("status")),
                        Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "closed_at")));
            }
        }
        return rows;
    }

    @Override
    public List<AlertRow> unconfirmed() {
        return db.read("Could not list unconfirmed alerts", c -> {
            try (PreparedStatement ps = c.prepareStatement(ROW_COLUMNS
                    + "WHERE a.status = 'PENDING' ORDER BY a.created_at, a.id")) {
                return rows(ps);
            }
        });
    }

    @Override
    public List<AlertRow> openDueBefore(Instant before, MessageKind kind) {
        // without statistics SQLite would pick the status index, which also holds every sent
        // alert that awaits nothing; the partial index holds only the open ones
        String sql = ROW_COLUMNS.replace("FROM alert a", "FROM alert a INDEXED BY alert_open_due_idx")
                + "WHERE a.status = 'SENT' AND a.awaits_closure = 1"
                + (before == null ? "" : " AND a.due_at < ?")
                + (kind == null ? "" : " AND a.kind = ?")
                + " ORDER BY a.due_at, a.id";
        return db.read("Could not list open alerts", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (before != null) {
                    ps.setLong(i++, before.toEpochMilli());
                }
                if (kind != null) {
                    ps.setString(i, kind.name());
                }
                return rows(ps);
            }
        });
    }

    @Override
    public List<Alert> openRepeatingDueBy(Instant now) {
        return alerts("Could not list open alerts", "INDEXED BY alert_open_due_idx WHERE a.status = 'SENT' AND a.awaits_closure = 1 "
                + "AND a.due_at <= ? AND a.policy_repeat_ms IS NOT NULL ORDER BY a.due_at", now.toEpochMilli());
    }

    @Override
    public List<Alert> children(long parentId) {
        return alerts("Could not load the follow-ups of alert " + parentId,
                "WHERE a.parent_id = ? ORDER BY a.created_at, a.id", parentId);
    }

    private List<Alert> alerts(String action, String where, long parameter) {
        return db.read(action, c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM alert a " + where)) {
                ps.setLong(1, parameter);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<Alert> result = new ArrayList<>();
            for (long id : ids) {
                find(id).ifPresent(result::add);
            }
            return result;
        });
    }

    @Override
    public List<KindWeekCount> countsPerWeek(String fromWeek, String toWeek) {
        return db.read("Could not count alerts per week", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT sent_week, kind, count(*) FROM alert "
                    + "WHERE sent_week >= ? AND sent_week <= ? GROUP BY sent_week, kind ORDER BY sent_week, kind")) {
                ps.setString(1, fromWeek);
                ps.setString(2, toWeek);
                List<KindWeekCount> counts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        counts.add(new KindWeekCount(rs.getString(1), MessageKind.valueOf(rs.getString(2)), rs.getLong(3)));
                    }
                }
                return counts;
            }
        });
    }
}

package nl.meldtafel.store;

import static nl.meldtafel.store.AlertColumn.*;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.KindWeekCount;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.SealedAlert;
import nl.meldtafel.alert.SealedContent;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/** Alerts in SQLite; the triggers of the schema keep sent alerts unchanged whatever the caller does. */
public final class SqliteAlertRepository implements AlertRepository {

    /** Built once, so the statement cache finds it by a hash already known: it is read several times for each alert. */
    // the group ids in the same row: a query of their own per alert found cost about as much as the row
    private static final String FIND = "SELECT " + AlertColumn.COLUMNS + ", (SELECT group_concat(group_id, ',' ORDER BY group_id) "
            + "FROM alert_group WHERE alert_id = a.id) " + AlertColumn.FROM + "WHERE a.id = ?";
    private static final int FOUND_GROUP_IDS = AlertColumn.values().length + 1;

    private static final String SENDER = AlertColumn.OFFICER_NAME.expression() + " AS officer_name";
    private static final String ROW_SELECT = "SELECT a.id, a.created_at, a.sent_at, a.kind, a.text, a.status, "
            + "a.due_at, a.closed_at, a.policy_repeat_ms, " + SENDER + " ";
    private static final String ROW_COLUMNS = ROW_SELECT + AlertColumn.FROM;
    private static final Comparator<AlertRow> NEWEST_FIRST =
            Comparator.comparing(AlertRow::logTime).thenComparingLong(AlertRow::id).reversed();

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
            // never an id the chain already names: a discarded alert's id is not given to the next one
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (id, kind, template_id, template_hash, "
                    + "values_json, text, content_salt, officer_id, os_account, created_at, log_at, status, "
                    + "awaits_closure, policy_due_ms, policy_repeat_ms, parent_id, sender_name, sender_number) "
                    + "VALUES (max(coalesce((SELECT max(id) FROM alert), 0), coalesce((SELECT max(alert_id) FROM audit_entry), 0)) + 1, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?) RETURNING id")) {
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
                ps.setString(15, composer.officer().name());
                ps.setString(16, composer.officer().personnelNumber());
                // RETURNING, not getGeneratedKeys: the driver prepares a query for the key at every call
                try (ResultSet keys = ps.executeQuery()) {
                    keys.next();
                    id = keys.getLong(1);
                }
            }
            insertGroups(c, id, n.groupIds());
            return id;
        });
    }

    private static void insertGroups(Connection c, long alertId, List<Long> groupIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO alert_group (alert_id, group_id, group_name) "
                + "VALUES (?, ?, (SELECT name FROM target_group WHERE id = ?))")) {
            for (long g : groupIds) {
                ps.setLong(1, alertId);
                ps.setLong(2, g);
                ps.setLong(3, g);
                ps.executeUpdate();
            }
        }
    }

    @Override
    public void markSent(long id, Instant sentAt, String isoWeek, Instant dueAt, List<Long> groupIds) {
        db.write("Could not record alert " + id + " as sent", c -> {
            if (groupIds != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM alert_group WHERE alert_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                insertGroups(c, id, groupIds);
            }
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
                + "closed_os_account = ?, outcome = ?, close_category = ? WHERE id = ?", id, ps -> {
                    Jdbc.setInstant(ps, 1, closure.at());
                    Jdbc.setLong(ps, 2, closure.byAlertId());
                    ps.setString(3, closure.reason());
                    ps.setBytes(4, salt);
                    ps.setLong(5, closure.officerId());
                    ps.setString(6, closure.osAccount());
                    ps.setString(7, closure.outcome() == null ? null : closure.outcome().name());
                    ps.setString(8, closure.category() == null ? null : closure.category().name());
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
            try (PreparedStatement ps = c.prepareStatement(FIND)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(alert(rs, groupIds(rs.getString(FOUND_GROUP_IDS)))) : Optional.<Alert>empty();
                }
            }
        });
    }

    @Override
    public Optional<AlertStatus> status(long id) {
        return db.read("Could not load alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM alert WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(AlertStatus.valueOf(rs.getString(1))) : Optional.<AlertStatus>empty();
                }
            }
        });
    }

    private static List<Long> groupIds(String commaSeparated) {
        return commaSeparated == null ? List.of() : Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).toList();
    }

    private static Alert alert(ResultSet rs, List<Long> groups) throws SQLException {
        Long dueMs = Jdbc.nullableLong(rs, POLICY_DUE_MS.index());
        Long repeatMs = Jdbc.nullableLong(rs, POLICY_REPEAT_MS.index());
        FollowUpPolicy policy = rs.getInt(AWAITS_CLOSURE.index()) == 1
                ? new FollowUpPolicy(true, Duration.ofMillis(dueMs), repeatMs == null ? null : Duration.ofMillis(repeatMs))
                : FollowUpPolicy.NONE;
        Instant snoozedAt = Jdbc.instant(rs, SNOOZED_AT.index());
        Instant closedAt = Jdbc.instant(rs, CLOSED_AT.index());
        return new Alert(rs.getLong(ID.index()), MessageKind.valueOf(text(rs, KIND)), text(rs, TEMPLATE_ID),
                text(rs, TEMPLATE_HASH), text(rs, VALUES_JSON), text(rs, TEXT),
                new Officer(rs.getLong(OFFICER_ID.index()), text(rs, OFFICER_NAME), text(rs, PERSONNEL_NUMBER)),
                text(rs, OS_ACCOUNT), Jdbc.instant(rs, CREATED_AT.index()), Jdbc.instant(rs, SENT_AT.index()),
                AlertStatus.valueOf(text(rs, STATUS)), policy, Jdbc.instant(rs, DUE_AT.index()),
                snoozedAt == null ? null : new Alert.Snooze(snoozedAt, rs.getLong(SNOOZED_BY.index())),
                Jdbc.nullableLong(rs, PARENT_ID.index()), groups,
                closedAt == null ? null : new Closure(closedAt, Jdbc.nullableLong(rs, CLOSED_BY_ALERT_ID.index()),
                        text(rs, CLOSE_REASON), rs.getLong(CLOSED_BY_OFFICER_ID.index()), text(rs, CLOSED_OS_ACCOUNT),
                        Jdbc.enumOrNull(AlertOutcome.class, text(rs, OUTCOME)),
                        Jdbc.enumOrNull(CloseCategory.class, text(rs, CLOSE_CATEGORY))),
                Jdbc.instant(rs, REDACTED_AT.index()));
    }

    private static String text(ResultSet rs, AlertColumn column) throws SQLException {
        return SqliteText.get(rs, column.index());
    }

    /** Only the salt: the text and values beside it are most of the row, read for nothing. */
    @Override
    public Optional<byte[]> contentSalt(long id) {
        return db.read("Could not load alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT content_salt FROM alert WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.<byte[]>empty();
                }
            }
        });
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
    public Map<Long, Alert> findAll(Collection<Long> ids) {
        String idList = Jdbc.idList(ids);
        return db.read("Could not load alerts", c -> {
            Map<Long, List<Long>> groups = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_id, group_id FROM alert_group "
                    + "WHERE alert_id IN (SELECT value FROM json_each(?)) ORDER BY alert_id, group_id")) {
                ps.setString(1, idList);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
            }
            Map<Long, Alert> found = new HashMap<>();
            eachAlert(c, idList, groups, (rs, a) -> found.put(a.id(), a));
            return found;
        });
    }

    private interface RowAndAlert {
        void accept(ResultSet rs, Alert alert) throws SQLException;
    }

    /** Each alert of {@code idList} with its group ids, and the row it was read from for more columns. */
    private static void eachAlert(Connection c, String idList, Map<Long, List<Long>> groups, RowAndAlert each) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(AlertColumn.SELECT + "WHERE a.id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, idList);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(rs, alert(rs, groups.getOrDefault(rs.getLong(ID.index()), List.of())));
                }
            }
        }
    }

    @Override
    public List<String> groupNames(long id) {
        return groupNames(List.of(id)).getOrDefault(id, List.of());
    }

    private Map<Long, List<String>> groupNames(Collection<Long> ids) {
        return db.read("Could not load the groups of alerts", c -> {
            Map<Long, List<String>> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ag.alert_id, COALESCE(ag.group_name, g.name) "
                    + "FROM alert_group ag JOIN target_group g ON g.id = ag.group_id "
                    + "WHERE ag.alert_id IN (SELECT value FROM json_each(?)) ORDER BY ag.alert_id, ag.group_id")) {
                ps.setString(1, Jdbc.idList(ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }
                }
            }
            return names;
        });
    }

    @Override
    public Map<Long, SealedAlert> sealedAlerts(Collection<Long> ids) {
        String idList = Jdbc.idList(ids);
        return db.read("Could not load alerts", c -> {
            // the group ids of the row and the names as sent in one pass; a name only where the group
            // still exists, as groupNames gives it
            Map<Long, List<Long>> groups = new HashMap<>();
            Map<Long, List<String>> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ag.alert_id, ag.group_id, COALESCE(ag.group_name, g.name), "
                    + "g.id IS NOT NULL FROM alert_group ag LEFT JOIN target_group g ON g.id = ag.group_id "
                    + "WHERE ag.alert_id IN (SELECT value FROM json_each(?)) ORDER BY ag.alert_id, ag.group_id")) {
                ps.setString(1, idList);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long alertId = rs.getLong(1);
                        groups.computeIfAbsent(alertId, k -> new ArrayList<>()).add(rs.getLong(2));
                        if (rs.getInt(4) == 1) {
                            names.computeIfAbsent(alertId, k -> new ArrayList<>()).add(SqliteText.get(rs, 3));
                        }
                    }
                }
            }
            Map<Long, SealedAlert> found = new HashMap<>();
            eachAlert(c, idList, groups, (rs, a) -> {
                // the text and values are in the alert already: read once, they are most of the row
                SealedContent content = new SealedContent(rs.getBytes(CONTENT_SALT.index()), a.valuesJson(), a.text(),
                        rs.getBytes(CLOSE_SALT.index()), text(rs, CLOSE_REASON));
                found.put(a.id(), new SealedAlert(a, content, names.getOrDefault(a.id(), List.of())));
            });
            return found;
        });
    }

    @Override
    public Page<AlertRow> search(AlertQuery q) {
        return db.read("Could not search the log", c -> Page.ofLookahead(searchRows(c, q), q.limit()));
    }

    /** The first {@code limit + 1} rows of {@code q}, newest first. */
    private static List<AlertRow> searchRows(Connection c, AlertQuery q) throws SQLException {
        // SQLite cannot merge an IN list over the (kind, log_at) index in log order and would sort every
        // match; one ordered, limited read per kind (or status) merged here costs one page each
        if (q.kinds().size() > 1 || q.statuses().size() > 1) {
            List<AlertRow> rows = new ArrayList<>();
            if (q.kinds().size() > 1) {
                for (MessageKind k : q.kinds()) {
                    rows.addAll(searchRows(c, q.kinds(k)));
                }
            } else {
                for (AlertStatus st : q.statuses()) {
                    rows.addAll(searchRows(c, q.statuses(st)));
                }
            }
            rows.sort(NEWEST_FIRST);
            return rows.size() > q.limit() + 1 ? new ArrayList<>(rows.subList(0, q.limit() + 1)) : rows;
        }
        Optional<FtsQuery> fts = q.searchText().flatMap(FtsQuery::of);
        if (fts.isPresent() || q.groupId() != null) {
            return drivenSearch(c, q, fts);
        }
        LogSearch search = LogSearch.of(q);
        try (PreparedStatement ps = c.prepareStatement(ROW_COLUMNS + search.where()
                + " ORDER BY a.log_at DESC, a.id DESC LIMIT ?")) {
            int i = search.bind(ps);
            ps.setInt(i, q.limit() + 1);
            return rows(ps);
        }
    }


    /**
     * Text or group searches without collecting every match: the FTS index (or the group index) hands
     * out matches by descending id, which for alerts not flagged {@code log_out_of_order} is log
     * order, so one page is read and the rest never touched. The few flagged alerts are read through
     * their own index and merged in (schema V2 explains the flag).
     */
    private static List<AlertRow> drivenSearch(Connection c, AlertQuery q, Optional<FtsQuery> fts) throws SQLException {
        int wanted = q.limit() + 1;
        List<AlertRow> rows = new ArrayList<>();
        List<FtsQuery.Condition> text = fts.map(FtsQuery::conditions).orElse(List.of());
        long[] ids = inOrderIdRange(c, q);
        if (ids != null) {
            LogSearch s = LogSearch.filters(q);
            String from;
            String order;
            if (!text.isEmpty()) {
                // the first index drives (newest first, one page); any other is probed per row found
                FtsQuery.Condition driver = text.get(0);
                from = "FROM " + driver.table() + " f CROSS JOIN alert a ON a.id = f.rowid JOIN officer o ON o.id = a.officer_id ";
                s.add(" AND " + driver.table() + " MATCH ? AND f.rowid BETWEEN ? AND ?", driver.match(), ids[0], ids[1]);
                for (FtsQuery.Condition other : text.subList(1, text.size())) {
                    s.add(probe(other), other.match());
                }
                if (q.groupId() != null) {
                    s.add(" AND EXISTS (SELECT 1 FROM alert_group g WHERE g.alert_id = a.id AND g.group_id = ?)", q.groupId());
                }
                order = " ORDER BY f.rowid DESC";
            } else {
                from = "FROM alert_group g CROSS JOIN alert a ON a.id = g.alert_id JOIN officer o ON o.id = a.officer_id ";
                s.add(" AND g.group_id = ? AND g.alert_id BETWEEN ? AND ?", q.groupId(), ids[0], ids[1]);
                order = " ORDER BY g.alert_id DESC";
            }
            s.add(" AND a.log_out_of_order = 0");
            try (PreparedStatement ps = c.prepareStatement(ROW_SELECT + from + s.where() + order + " LIMIT ?")) {
                ps.setInt(s.bind(ps), wanted);
                rows.addAll(rows(ps));
            }
        }
        LogSearch flagged = LogSearch.filters(q).add(" AND a.log_out_of_order = 1");
        if (rows.size() == wanted) {
            // a flagged alert older than this page's last row cannot enter it; checking the text of
            // just the few flagged ones in the page's time span keeps this part small
            LogCursor last = rows.get(rows.size() - 1).cursor();
            flagged.add(" AND (a.log_at, a.id) > (?, ?)", last.time().toEpochMilli(), last.id());
        }
        if (q.groupId() != null) {
            flagged.add(" AND EXISTS (SELECT 1 FROM alert_group g WHERE g.alert_id = a.id AND g.group_id = ?)", q.groupId());
        }
        for (FtsQuery.Condition m : text) {
            // within a full page's time span few flagged alerts remain, each probed; otherwise the
            // matches are few (the first part ran dry), so their list is cheap to build once
            flagged.add(rows.size() == wanted ? probe(m)
                    : " AND a.id IN (SELECT rowid FROM " + m.table() + " WHERE " + m.table() + " MATCH ?)", m.match());
        }
        try (PreparedStatement ps = c.prepareStatement(ROW_COLUMNS.replace("FROM alert a", "FROM alert a INDEXED BY alert_log_out_of_order_idx")
                + flagged.where() + " ORDER BY a.log_at DESC, a.id DESC LIMIT ?")) {
            ps.setInt(flagged.bind(ps), wanted);
            rows.addAll(rows(ps));
        }
        rows.sort(NEWEST_FIRST);
        return rows.size() > wanted ? rows.subList(0, wanted) : rows;
    }

    /** Whether one alert matches in an index: a lookup of that row id, not a walk through the matches. */
    private static String probe(FtsQuery.Condition m) {
        return " AND EXISTS (SELECT 1 FROM " + m.table() + " p WHERE " + m.table() + " MATCH ? AND p.rowid = a.id)";
    }

    /**
     * The ids of the unflagged alerts inside the query's period and after its cursor: a contiguous id
     * range, as their ids follow log order. Null when there are none.
     */
    private static long[] inOrderIdRange(Connection c, AlertQuery q) throws SQLException {
        long high = Long.MAX_VALUE;
        if (q.to() != null || q.after() != null) {
            Long found = firstId(c, "a.log_out_of_order = 0"
                    + (q.to() != null ? " AND a.log_at < ?" : "")
                    + (q.after() != null ? " AND (a.log_at, a.id) < (?, ?)" : ""), "DESC", q.to(), q.after());
            if (found == null) {
                return null;
            }
            high = found;
        }
        long low = 0;
        if (q.from() != null) {
            Long found = firstId(c, "a.log_out_of_order = 0 AND a.log_at >= ?", "", q.from(), null);
            if (found == null || found > high) {
                return null;
            }
            low = found;
        }
        return new long[] {low, high};
    }

    private static Long firstId(Connection c, String where, String direction, Instant time, LogCursor cursor)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id FROM alert a INDEXED BY alert_log_idx WHERE " + where
                + " ORDER BY a.log_at " + direction + ", a.id " + direction + " LIMIT 1")) {
            int i = 1;
            if (time != null) {
                ps.setLong(i++, time.toEpochMilli());
            }
            if (cursor != null) {
                ps.setLong(i++, cursor.time().toEpochMilli());
                ps.setLong(i, cursor.id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static List<AlertRow> rows(PreparedStatement ps) throws SQLException {
        List<AlertRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new AlertRow(rs.getLong("id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "sent_at"),
                        MessageKind.valueOf(rs.getString("kind")), Summary.of(rs.getString("text")),
                        rs.getString("officer_name"), AlertStatus.valueOf(rs.getString("status")),
                        Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "closed_at"),
                        Optional.ofNullable(Jdbc.nullableLong(rs, "policy_repeat_ms")).map(Duration::ofMillis).orElse(null)));
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
            // kept by triggers (schema V3), so a year is a few hundred rows, not a count of every alert
            try (PreparedStatement ps = c.prepareStatement("SELECT sent_week, kind, n FROM alert_week_count "
                    + "WHERE sent_week >= ? AND sent_week <= ? AND n > 0 ORDER BY sent_week, kind")) {
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

    @Override
    public List<Long> redactedAt(Instant at, long fromId, long toId) {
        return db.read("Could not check redacted alerts", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM alert WHERE id BETWEEN ? AND ? AND redacted_at = ? ORDER BY id")) {
                ps.setLong(1, fromId);
                ps.setLong(2, toId);
                ps.setLong(3, at.toEpochMilli());
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                return ids;
            }
        });
    }
}

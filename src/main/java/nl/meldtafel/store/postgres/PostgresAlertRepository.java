package nl.meldtafel.store.postgres;

import nl.meldtafel.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.KindWeekCount;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.SealedAlert;
import nl.meldtafel.alert.SealedContent;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/** Alerts on the server; the schema's triggers keep sent alerts unchanged whoever writes. */
final class PostgresAlertRepository implements AlertRepository {

    // the sender as named when it was sent; officers renamed later do not change past alerts
    private static final String SENDER = "COALESCE(a.sender_name, o.name) AS officer_name";
    // named, not a.*: the folded text and its words are the search's, and its groups come in the same row trip
    private static final String ALERT_COLUMNS = "SELECT a.id, a.kind, a.template_id, a.template_hash, a.values_json, a.text, "
            + "a.officer_id, a.os_account, a.created_at, a.sent_at, a.status, a.awaits_closure, a.policy_due_ms, "
            + "a.policy_repeat_ms, a.due_at, a.snoozed_at, a.snoozed_by, a.parent_id, a.closed_at, a.closed_by_alert_id, "
            + "a.close_reason, a.closed_by_officer_id, a.closed_os_account, a.outcome, a.close_category, a.redacted_at, "
            + "ARRAY(SELECT ag.group_id FROM alert_group ag WHERE ag.alert_id = a.id ORDER BY ag.group_id) AS group_ids, "
            + SENDER + ", COALESCE(a.sender_number, o.personnel_number) AS personnel_number "
            + "FROM alert a JOIN officer o ON o.id = a.officer_id ";
    private static final String ROW_FIELDS = "a.id, a.created_at, a.sent_at, a.kind, a.text, a.status, a.due_at, "
            + "a.closed_at, a.policy_repeat_ms";
    private static final String ROW_FROM = " FROM alert a JOIN officer o ON o.id = a.officer_id ";
    private static final String ROW_COLUMNS = "SELECT " + ROW_FIELDS + ", " + SENDER + ROW_FROM;

    /** How many of the newest alerts a text search reads in log order before it asks the trigram index. */
    private static final int RECENT_WINDOW = 500;

    private final PgTransactor tx;
    private final TeamScope scope;

    PostgresAlertRepository(PgTransactor tx, TeamScope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    /** The condition that keeps lists to the team shown ({@code ""} for the whole unit). */
    private String shown(String alias) {
        return PgJdbc.shownTeamOnly(scope, alias + ".team_id");
    }

    @Override
    public long insertPending(NewAlert n, Actor composer, Instant createdAt, byte[] salt) {
        TextChecks.requireWellFormed("field values", n.valuesJson());
        TextChecks.requireWellFormed("message text", n.text());
        TextChecks.requireWellFormed("template id", n.templateId());
        return tx.run("Could not save alert", c -> {
            long id;
            // the identity never hands out an id twice, so a discarded alert's id is not given to the next one
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert (kind, template_id, template_hash, "
                    + "values_json, text, content_salt, officer_id, os_account, created_at, log_at, status, "
                    + "awaits_closure, policy_due_ms, policy_repeat_ms, parent_id, sender_name, sender_number, team_id) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
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
                ps.setBoolean(11, p.awaitsClosure());
                Jdbc.setLong(ps, 12, p.awaitsClosure() ? p.due().toMillis() : null);
                Jdbc.setLong(ps, 13, p.awaitsClosure() && p.repeat() != null ? p.repeat().toMillis() : null);
                Jdbc.setLong(ps, 14, n.parentId());
                ps.setString(15, composer.officer().name());
                ps.setString(16, composer.officer().personnelNumber());
                ps.setLong(17, scope.team().id());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            insertGroups(c, id, n.groupIds());
            return id;
        });
    }

    private static void insertGroups(Connection c, long alertId, List<Long> groupIds) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_group (alert_id, group_id, group_name) "
                + "VALUES (?, ?, (SELECT name FROM target_group WHERE id = ?)) ON CONFLICT DO NOTHING")) {
            for (long g : groupIds) {
                ps.setLong(1, alertId);
                ps.setLong(2, g);
                ps.setLong(3, g);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void markSent(long id, Instant sentAt, String isoWeek, Instant dueAt, List<Long> groupIds) {
        tx.run("Could not record alert " + id + " as sent", c -> {
            if (groupIds != null) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM alert_group WHERE alert_id = ?")) {
                    ps.setLong(1, id);
                    ps.executeUpdate();
                }
                insertGroups(c, id, groupIds);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE alert SET status = 'SENT', sent_at = ?, "
                    + "log_at = ?, sent_week = ?, due_at = ?, version = version + 1 WHERE id = ? AND status = 'PENDING'")) {
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
        update("Could not change the due time of alert " + id, "UPDATE alert SET due_at = ?, version = version + 1 WHERE id = ?",
                id, ps -> Jdbc.setInstant(ps, 1, dueAt));
    }

    @Override
    public void snooze(long id, Instant newDue, Instant at, long officerId) {
        update("Could not snooze alert " + id, "UPDATE alert SET due_at = ?, snoozed_at = ?, snoozed_by = ?, "
                + "version = version + 1 WHERE id = ?", id, ps -> {
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
                + "closed_os_account = ?, outcome = ?, close_category = ?, version = version + 1 WHERE id = ?", id, ps -> {
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
        tx.run(action, c -> {
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
        return Optional.ofNullable(findAll(List.of(id)).get(id));
    }

    @Override
    public Optional<AlertStatus> status(long id) {
        return tx.run("Could not load alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT status FROM alert WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(AlertStatus.valueOf(rs.getString(1))) : Optional.<AlertStatus>empty();
                }
            }
        });
    }

    /** A row lock until commit: two desks acting on one alert take turns, and the second sees the first's change. */
    @Override
    public void lockForChange(long id) {
        tx.run("Could not lock alert " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM alert WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, id);
                ps.executeQuery().close();
            }
            return null;
        });
    }

    @Override
    public Map<Long, Alert> findAll(Collection<Long> ids) {
        return tx.run("Could not load alerts", c -> {
            Map<Long, Alert> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(ALERT_COLUMNS + "WHERE a.id = ANY (?)")) {
                ps.setArray(1, PgJdbc.ids(c, ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong("id"), alert(rs, List.of((Long[]) rs.getArray("group_ids").getArray())));
                    }
                }
            }
            return found;
        });
    }

    private static Alert alert(ResultSet rs, List<Long> groups) throws SQLException {
        Long dueMs = Jdbc.nullableLong(rs, "policy_due_ms");
        Long repeatMs = Jdbc.nullableLong(rs, "policy_repeat_ms");
        FollowUpPolicy policy = rs.getBoolean("awaits_closure")
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
                        rs.getString("close_reason"), rs.getLong("closed_by_officer_id"), rs.getString("closed_os_account"),
                        enumOrNull(AlertOutcome.class, rs.getString("outcome")),
                        enumOrNull(CloseCategory.class, rs.getString("close_category"))),
                Jdbc.instant(rs, "redacted_at"));
    }

    /** A stored enum name; null when absent or a name this version does not know. */
    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public Optional<SealedContent> sealedContent(long id) {
        return Optional.ofNullable(sealedContents(List.of(id)).get(id));
    }

    @Override
    public Optional<byte[]> contentSalt(long id) {
        return sealedContent(id).map(SealedContent::contentSalt);
    }

    @Override
    public Map<Long, SealedAlert> sealedAlerts(Collection<Long> ids) {
        return tx.run("Could not load alerts", c -> {
            Map<Long, SealedContent> contents = sealedContents(ids);
            Map<Long, List<String>> names = groupNames(ids);
            Map<Long, SealedAlert> found = new HashMap<>();
            findAll(ids).forEach((id, a) -> found.put(id, new SealedAlert(a, contents.get(id), names.getOrDefault(id, List.of()))));
            return found;
        });
    }

    private Map<Long, SealedContent> sealedContents(Collection<Long> ids) {
        return tx.run("Could not load alerts", c -> {
            Map<Long, SealedContent> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, content_salt, values_json, text, close_salt, "
                    + "close_reason FROM alert WHERE id = ANY (?)")) {
                ps.setArray(1, PgJdbc.ids(c, ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getLong(1), new SealedContent(rs.getBytes(2), rs.getString(3), rs.getString(4),
                                rs.getBytes(5), rs.getString(6)));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public List<String> groupNames(long id) {
        return groupNames(List.of(id)).getOrDefault(id, List.of());
    }

    private Map<Long, List<String>> groupNames(Collection<Long> ids) {
        return tx.run("Could not load the groups of alerts", c -> {
            Map<Long, List<String>> names = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT ag.alert_id, COALESCE(ag.group_name, g.name) "
                    + "FROM alert_group ag JOIN target_group g ON g.id = ag.group_id "
                    + "WHERE ag.alert_id = ANY (?) ORDER BY ag.alert_id, ag.group_id")) {
                ps.setArray(1, PgJdbc.ids(c, ids));
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
    public Page<AlertRow> search(AlertQuery q) {
        return tx.run("Could not search the log", c -> {
            if (q.text() != null && PgLogSearch.hasLongWord(q.text())) {
                List<AlertRow> recent = newestMatches(q, c);
                if (recent.size() > q.limit()) {
                    return Page.ofLookahead(recent, q.limit());
                }
            }
            PgLogSearch search = PgLogSearch.of(q, c).where(shown("a"));
            try (PreparedStatement ps = c.prepareStatement(ROW_COLUMNS + search.where()
                    + " ORDER BY a.log_at DESC, a.id DESC LIMIT ?")) {
                ps.setInt(search.bind(ps), q.limit() + 1);
                return Page.ofLookahead(rows(ps), q.limit());
            }
        });
    }

    /**
     * The text matches among the newest {@link #RECENT_WINDOW} alerts (after the other filters), read in
     * log order and stopped at a full page. A word in most alerts ("politiebericht") fills the page from
     * the first few rows there, where the trigram index would fetch and sort every match; a rarer word
     * falls through to the indexed query. When the window fills the page, it holds the newest matches.
     * Only when a word has three or more characters: a query of word starts alone reads the log newest
     * first by itself when its words are common, testing the stored words (V7) per row.
     */
    private List<AlertRow> newestMatches(AlertQuery q, Connection c) throws SQLException {
        PgLogSearch filters = PgLogSearch.of(q.text(null), c).where(shown("a"));
        PgLogSearch text = PgLogSearch.textOnly(q.text());
        // the outer query keeps the window's order (a plain scan of an ordered subquery) and stops at the limit;
        // it tests the stored folded text and words, not the text folded again per row
        try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW_FIELDS + ", a.officer_name FROM (SELECT "
                + ROW_FIELDS + ", " + SENDER + ", a.text_folded, a.text_words" + ROW_FROM + filters.where()
                + " ORDER BY a.log_at DESC, a.id DESC LIMIT ?) a " + text.where() + " LIMIT ?")) {
            int next = filters.bind(ps);
            ps.setInt(next++, RECENT_WINDOW);
            next = text.bind(ps, next);
            ps.setInt(next, q.limit() + 1);
            return rows(ps);
        }
    }


    private static List<AlertRow> rows(PreparedStatement ps) throws SQLException {
        List<AlertRow> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long repeat = Jdbc.nullableLong(rs, "policy_repeat_ms");
                rows.add(new AlertRow(rs.getLong("id"), Jdbc.instant(rs, "created_at"), Jdbc.instant(rs, "sent_at"),
                        MessageKind.valueOf(rs.getString("kind")), Summary.of(rs.getString("text")),
                        rs.getString("officer_name"), AlertStatus.valueOf(rs.getString("status")),
                        Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "closed_at"),
                        repeat == null ? null : Duration.ofMillis(repeat)));
            }
        }
        return rows;
    }

    @Override
    public List<AlertRow> unconfirmed() {
        return tx.run("Could not list unconfirmed alerts", c -> {
            try (PreparedStatement ps = c.prepareStatement(ROW_COLUMNS + "WHERE a.status = 'PENDING'" + shown("a")
                    + " ORDER BY a.created_at, a.id")) {
                return rows(ps);
            }
        });
    }

    @Override
    public List<AlertRow> openDueBefore(Instant before, MessageKind kind) {
        String sql = ROW_COLUMNS + "WHERE a.status = 'SENT' AND a.awaits_closure" + shown("a")
                + (before == null ? "" : " AND a.due_at < ?")
                + (kind == null ? "" : " AND a.kind = ?")
                + " ORDER BY a.due_at, a.id";
        return tx.run("Could not list open alerts", c -> {
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
        return tx.run("Could not load the follow-ups of alert " + parentId, c -> {
            List<Long> ids = longs(c, "SELECT id FROM alert WHERE parent_id = ? ORDER BY created_at, id", parentId);
            Map<Long, Alert> found = findAll(ids);
            return ids.stream().map(found::get).toList();
        });
    }

    @Override
    public List<KindWeekCount> countsPerWeek(String fromWeek, String toWeek) {
        return tx.run("Could not count alerts per week", c -> {
            // kept by triggers per team (schema V6): a year is a few hundred rows, not a count of every alert
            try (PreparedStatement ps = c.prepareStatement("SELECT sent_week, kind, sum(n)::bigint FROM alert_week_count w "
                    + "WHERE sent_week >= ? AND sent_week <= ?" + shown("w")
                    + " GROUP BY sent_week, kind HAVING sum(n) > 0 ORDER BY sent_week, kind")) {
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
        return tx.run("Could not check redacted alerts", c -> longs(c,
                "SELECT id FROM alert WHERE id BETWEEN ? AND ? AND redacted_at = ? ORDER BY id", fromId, toId, at.toEpochMilli()));
    }

    private static List<Long> longs(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        }
    }
}

package nl.meldtafel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.groups.Post;
import nl.meldtafel.groups.PostingRepository;
import nl.meldtafel.template.MessageKind;

/** Paste checklist and target defaults in SQLite; reads only log-safe group columns, never administrators. */
public final class SqlitePostingRepository implements PostingRepository {

    // a group as it was named when the alert was sent to it
    private static final String REF_COLUMNS = "g.id, COALESCE(ag.group_name, g.name) AS name, g.wijk, g.gemeente, g.active";

    private final Database db;

    public SqlitePostingRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<GroupRef> groupsOf(long alertId) {
        return db.read("Could not load the groups of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLUMNS + " FROM alert_group ag "
                    + "JOIN target_group g ON g.id = ag.group_id WHERE ag.alert_id = ?" + SqliteGroupRepository.GROUP_ORDER)) {
                ps.setLong(1, alertId);
                List<GroupRef> refs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refs.add(ref(rs));
                    }
                }
                return refs;
            }
        });
    }

    private static GroupRef ref(ResultSet rs) throws SQLException {
        return new GroupRef(rs.getLong("id"), rs.getString("name"), rs.getString("wijk"), rs.getString("gemeente"),
                rs.getInt("active") == 1);
    }

    /** One query: a tick reads the list first, and ticks are most of what a demo log's writing does. */
    @Override
    public Checklist checklist(long alertId) {
        return db.read("Could not load the checklist of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLUMNS + ", p.outcome, p.at, o.name AS officer_name, "
                    + "p.os_account, p.reason FROM alert_group ag JOIN target_group g ON g.id = ag.group_id "
                    + "LEFT JOIN alert_post p ON p.alert_id = ag.alert_id AND p.group_id = ag.group_id "
                    + "LEFT JOIN officer o ON o.id = p.officer_id WHERE ag.alert_id = ?" + SqliteGroupRepository.GROUP_ORDER)) {
                ps.setLong(1, alertId);
                List<GroupRef> groups = new ArrayList<>();
                List<Post> posts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        GroupRef group = ref(rs);
                        groups.add(group);
                        if (rs.getString("outcome") != null) {
                            posts.add(post(rs, alertId, group.id()));
                        }
                    }
                }
                return Checklist.of(alertId, groups, posts);
            }
        });
    }

    /** A tick or dismissal from a row with its outcome, at, officer_name, os_account and reason. */
    private static Post post(ResultSet rs, long alertId, long groupId) throws SQLException {
        return new Post(alertId, groupId, Post.Outcome.valueOf(rs.getString("outcome")), Jdbc.instant(rs, "at"),
                rs.getString("officer_name"), rs.getString("os_account"), rs.getString("reason"));
    }

    @Override
    public List<Post> posts(long alertId) {
        return db.read("Could not load the checklist of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.*, o.name AS officer_name FROM alert_post p "
                    + "JOIN officer o ON o.id = p.officer_id WHERE p.alert_id = ? ORDER BY p.at, p.group_id")) {
                ps.setLong(1, alertId);
                List<Post> posts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        posts.add(post(rs, rs.getLong("alert_id"), rs.getLong("group_id")));
                    }
                }
                return posts;
            }
        });
    }

    @Override
    public void insertPost(long alertId, long groupId, Post.Outcome outcome, Instant at, Actor actor, String reason) {
        db.write("Could not tick off group " + groupId + " for alert " + alertId, c -> SqliteGroupRepository.exec(c,
                "INSERT INTO alert_post (alert_id, group_id, outcome, at, officer_id, os_account, reason) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?)", alertId, groupId, outcome.name(), at.toEpochMilli(),
                actor.officer().id(), actor.osAccount(), reason));
    }

    @Override
    public List<NotYetPosted> notYetPosted() {
        return db.read("Could not list groups not yet posted in", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id AS alert_id, a.kind, a.text, a.sent_at, "
                    + REF_COLUMNS + " FROM alert a JOIN alert_group ag ON ag.alert_id = a.id "
                    + "JOIN target_group g ON g.id = ag.group_id "
                    + "WHERE a.status <> 'PENDING' AND NOT EXISTS (SELECT 1 FROM alert_post p "
                    + "WHERE p.alert_id = ag.alert_id AND p.group_id = ag.group_id) "
                    + "ORDER BY a.sent_at, a.id, g.gemeente COLLATE NOCASE, g.wijk COLLATE NOCASE, g.name COLLATE NOCASE")) {
                Map<Long, NotYetPosted> byAlert = new LinkedHashMap<>();
                Map<Long, List<GroupRef>> groups = new LinkedHashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("alert_id");
                        if (!byAlert.containsKey(id)) {
                            byAlert.put(id, new NotYetPosted(id, MessageKind.valueOf(rs.getString("kind")),
                                    Summary.of(rs.getString("text")), Jdbc.instant(rs, "sent_at"), List.of()));
                        }
                        groups.computeIfAbsent(id, k -> new ArrayList<>()).add(ref(rs));
                    }
                }
                return byAlert.values().stream().map(n -> new NotYetPosted(n.alertId(), n.kind(), n.summary(), n.sentAt(),
                        groups.get(n.alertId()))).toList();
            }
        });
    }

    @Override
    public List<Long> lastChoice(MessageKind kind) {
        return db.read("Could not load the default groups", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT group_id FROM target_default WHERE kind = ? ORDER BY position")) {
                ps.setString(1, kind.name());
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

    @Override
    public void saveLastChoice(MessageKind kind, List<Long> groupIds) {
        db.write("Could not save the default groups", c -> {
            SqliteGroupRepository.exec(c, "DELETE FROM target_default WHERE kind = ?", kind.name());
            // the whole list in one statement: every first tick saves one, a statement per group was an eighth of a demo's
            SqliteGroupRepository.exec(c, "INSERT INTO target_default (kind, group_id, position) SELECT ?, value, key FROM json_each(?)",
                    kind.name(), Jdbc.idList(groupIds.stream().distinct().toList()));
            return null;
        });
    }
}

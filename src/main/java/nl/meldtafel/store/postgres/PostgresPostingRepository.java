package nl.meldtafel.store.postgres;

import nl.meldtafel.store.Jdbc;
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
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.groups.Post;
import nl.meldtafel.groups.PostingRepository;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.template.MessageKind;

/** Paste checklist and target defaults on the server; reads only log-safe group columns, never administrators. */
final class PostgresPostingRepository implements PostingRepository {

    // a group as it was named when the alert was sent to it
    private static final String REF_COLUMNS = "g.id, COALESCE(ag.group_name, g.name) AS name, g.wijk, g.gemeente, g.active";

    private final PgTransactor tx;
    private final TeamScope scope;

    PostgresPostingRepository(PgTransactor tx, TeamScope scope) {
        this.scope = scope;
        this.tx = tx;
    }

    @Override
    public List<GroupRef> groupsOf(long alertId) {
        return tx.run("Could not load the groups of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + REF_COLUMNS + " FROM alert_group ag "
                    + "JOIN target_group g ON g.id = ag.group_id WHERE ag.alert_id = ?" + PostgresGroupRepository.GROUP_ORDER)) {
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
                rs.getBoolean("active"));
    }

    @Override
    public List<Post> posts(long alertId) {
        return tx.run("Could not load the checklist of alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT p.*, o.name AS officer_name FROM alert_post p "
                    + "JOIN officer o ON o.id = p.officer_id WHERE p.alert_id = ? ORDER BY p.at, p.group_id")) {
                ps.setLong(1, alertId);
                List<Post> posts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        posts.add(new Post(rs.getLong("alert_id"), rs.getLong("group_id"),
                                Post.Outcome.valueOf(rs.getString("outcome")), Jdbc.instant(rs, "at"),
                                rs.getString("officer_name"), rs.getString("os_account"), rs.getString("reason")));
                    }
                }
                return posts;
            }
        });
    }

    @Override
    public void insertPost(long alertId, long groupId, Post.Outcome outcome, Instant at, Actor actor, String reason) {
        tx.run("Could not tick off group " + groupId + " for alert " + alertId, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_post (alert_id, group_id, outcome, at, "
                    + "officer_id, os_account, reason) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, alertId);
                ps.setLong(2, groupId);
                ps.setString(3, outcome.name());
                ps.setLong(4, at.toEpochMilli());
                ps.setLong(5, actor.officer().id());
                ps.setString(6, actor.osAccount());
                ps.setString(7, reason);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public List<NotYetPosted> notYetPosted() {
        return tx.run("Could not list groups not yet posted in", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id AS alert_id, a.kind, a.text, a.sent_at, "
                    + REF_COLUMNS + " FROM alert a JOIN alert_group ag ON ag.alert_id = a.id "
                    + "JOIN target_group g ON g.id = ag.group_id "
                    + "WHERE a.status <> 'PENDING' AND NOT EXISTS (SELECT 1 FROM alert_post p "
                    + "WHERE p.alert_id = ag.alert_id AND p.group_id = ag.group_id) "
                    + PgJdbc.shownTeamOnly(scope, "a.team_id") + " "
                    + "ORDER BY a.sent_at, a.id, lower(g.gemeente), lower(g.wijk), lower(g.name)")) {
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
        return tx.run("Could not load the default groups", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT group_id FROM target_default WHERE team_id = ? AND kind = ? "
                    + "ORDER BY position")) {
                ps.setLong(1, scope.team().id());
                ps.setString(2, kind.name());
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
        tx.run("Could not save the default groups", c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM target_default WHERE team_id = ? AND kind = ?")) {
                delete.setLong(1, scope.team().id());
                delete.setString(2, kind.name());
                delete.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO target_default (kind, group_id, position, team_id) "
                    + "VALUES (?, ?, ?, ?)")) {
                int position = 0;
                for (long id : groupIds.stream().distinct().toList()) {
                    ps.setString(1, kind.name());
                    ps.setLong(2, id);
                    ps.setInt(3, position++);
                    ps.setLong(4, scope.team().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }
}

package nl.meldtafel.store.postgres;

import nl.meldtafel.store.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.FactSource;
import nl.meldtafel.stats.GroupArea;
import nl.meldtafel.template.MessageKind;

/**
 * The facts of a period in two range reads over the log index (a sent alert's log_at is its sent_at).
 * No text, values or administrators are read; outcome and close category outlive a redaction.
 */
final class PostgresFactSource implements FactSource {

    private static final String RANGE = "a.log_at >= ? AND a.log_at < ? AND a.status <> 'PENDING'";

    private final PgTransactor tx;
    private final TeamScope scope;

    PostgresFactSource(PgTransactor tx, TeamScope scope) {
        this.tx = tx;
        this.scope = scope;
    }

    /** The alerts of the period, of the team shown (all teams for the unit). */
    private String range() {
        return RANGE + PgJdbc.shownTeamOnly(scope, "a.team_id");
    }

    @Override
    public List<AlertFact> sentBetween(Instant from, Instant to) {
        return tx.run("Could not read the alerts for the overview", c -> {
            Map<Long, List<GroupArea>> groups = groups(c, from, to);
            List<AlertFact> facts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.kind, a.sent_at, a.officer_id, o.name AS officer_name, "
                    + "a.awaits_closure, a.status, a.due_at, a.closed_at, a.closed_by_alert_id, a.close_reason, a.outcome, a.close_category, "
                    + "r.calls_112, r.calls_0900, r.result, r.recorded_at, r.officer_id AS r_officer, ro.name AS r_name, r.version AS r_version "
                    + "FROM alert a JOIN officer o ON o.id = a.officer_id "
                    + "LEFT JOIN alert_response r ON r.alert_id = a.id LEFT JOIN officer ro ON ro.id = r.officer_id "
                    + "WHERE " + range() + " ORDER BY a.log_at, a.id")) {
                bind(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        facts.add(new AlertFact(id, MessageKind.valueOf(rs.getString("kind")), Jdbc.instant(rs, "sent_at"),
                                rs.getLong("officer_id"), rs.getString("officer_name"), groups.getOrDefault(id, List.of()),
                                rs.getBoolean("awaits_closure"), AlertStatus.valueOf(rs.getString("status")),
                                Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "closed_at"),
                                Jdbc.nullableLong(rs, "closed_by_alert_id"), rs.getString("close_reason"), response(rs),
                                enumOrNull(AlertOutcome.class, rs.getString("outcome")),
                                enumOrNull(CloseCategory.class, rs.getString("close_category"))));
                    }
                }
            }
            return facts;
        });
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static AlertResponse response(ResultSet rs) throws SQLException {
        String result = rs.getString("result");
        if (result == null) {
            return null;
        }
        return new AlertResponse(rs.getInt("calls_112"), rs.getInt("calls_0900"), ResponseResult.valueOf(result),
                Jdbc.instant(rs, "recorded_at"), rs.getLong("r_officer"), rs.getString("r_name"),
                rs.getLong("r_version"));
    }

    private Map<Long, List<GroupArea>> groups(Connection c, Instant from, Instant to) throws SQLException {
        Map<Long, List<GroupArea>> groups = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ag.alert_id, g.id, g.name, g.wijk, g.gemeente "
                + "FROM alert a JOIN alert_group ag ON ag.alert_id = a.id "
                + "JOIN target_group g ON g.id = ag.group_id WHERE " + range() + " ORDER BY ag.alert_id, g.id")) {
            bind(ps, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new GroupArea(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return groups;
    }

    private static void bind(PreparedStatement ps, Instant from, Instant to) throws SQLException {
        ps.setLong(1, from.toEpochMilli());
        ps.setLong(2, to.toEpochMilli());
    }
}

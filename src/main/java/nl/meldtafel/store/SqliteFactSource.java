package nl.meldtafel.store;

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
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.FactSource;
import nl.meldtafel.stats.GroupArea;
import nl.meldtafel.template.MessageKind;

/**
 * The facts of a period in two range reads over the log index (a sent alert's log_at is its sent_at):
 * one for the alerts with their officer and response, one for their groups. No text, values or
 * administrators are read; the outcome and close category are facts that outlive a redaction.
 */
final class SqliteFactSource implements FactSource {

    private static final String RANGE = "a.log_at >= ? AND a.log_at < ? AND a.status <> 'PENDING'";

    private final Database db;

    SqliteFactSource(Database db) {
        this.db = db;
    }

    @Override
    public List<AlertFact> sentBetween(Instant from, Instant to) {
        return db.read("Could not read the alerts for the overview", c -> {
            Map<Long, List<GroupArea>> groups = groups(c, from, to);
            List<AlertFact> facts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.kind, a.sent_at, a.officer_id, o.name AS officer_name, "
                    + "a.awaits_closure, a.status, a.due_at, a.closed_at, a.closed_by_alert_id, a.close_reason, a.outcome, a.close_category, "
                    + "r.calls_112, r.calls_0900, r.result, r.recorded_at, r.officer_id AS r_officer, ro.name AS r_name, r.version AS r_version "
                    + "FROM alert a INDEXED BY alert_log_idx JOIN officer o ON o.id = a.officer_id "
                    + "LEFT JOIN alert_response r ON r.alert_id = a.id LEFT JOIN officer ro ON ro.id = r.officer_id "
                    + "WHERE " + RANGE + " ORDER BY a.log_at, a.id")) {
                bind(ps, from, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong("id");
                        facts.add(new AlertFact(id, MessageKind.valueOf(rs.getString("kind")), Jdbc.instant(rs, "sent_at"),
                                rs.getLong("officer_id"), rs.getString("officer_name"), groups.getOrDefault(id, List.of()),
                                rs.getInt("awaits_closure") == 1, AlertStatus.valueOf(rs.getString("status")),
                                Jdbc.instant(rs, "due_at"), Jdbc.instant(rs, "closed_at"),
                                Jdbc.nullableLong(rs, "closed_by_alert_id"), rs.getString("close_reason"), response(rs),
                                Jdbc.enumOrNull(AlertOutcome.class, rs.getString("outcome")),
                                Jdbc.enumOrNull(CloseCategory.class, rs.getString("close_category"))));
                    }
                }
            }
            return facts;
        });
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

    private static Map<Long, List<GroupArea>> groups(Connection c, Instant from, Instant to) throws SQLException {
        Map<Long, List<GroupArea>> groups = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT ag.alert_id, g.id, g.name, g.wijk, g.gemeente "
                + "FROM alert a INDEXED BY alert_log_idx JOIN alert_group ag ON ag.alert_id = a.id "
                + "JOIN target_group g ON g.id = ag.group_id WHERE " + RANGE + " ORDER BY ag.alert_id, g.id")) {
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

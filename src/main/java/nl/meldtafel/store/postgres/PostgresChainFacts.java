package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.store.ResponseRows;
import nl.meldtafel.alert.AccountFacts;
import nl.meldtafel.store.AccountRows;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.RegisterFacts;

/** The rows on the server that second-form chain entries are checked against. */
final class PostgresChainFacts implements ChainFacts {

    private final PgTransactor tx;

    PostgresChainFacts(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public Map<Long, Officer> officers() {
        return tx.run("Could not read the officers", c -> {
            Map<Long, Officer> officers = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, personnel_number FROM officer");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    officers.put(rs.getLong(1), new Officer(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
            return officers;
        });
    }

    @Override
    public Map<Long, AccountFacts> accounts() {
        return tx.run("Could not read the accounts", AccountRows::facts);
    }

    @Override
    public RegisterFacts register() {
        return tx.run("Could not read the register", c -> {
            Map<Long, RegisterFacts.Group> groups = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, gemeente, active FROM target_group");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.put(rs.getLong(1), new RegisterFacts.Group(rs.getString(2), rs.getString(3), rs.getBoolean(4)));
                }
            }
            Set<RegisterFacts.AdminLink> links = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT na.neighbourhood_group_id, na.administrator_id, "
                    + "n.target_group_id FROM neighbourhood_admin na JOIN neighbourhood_group n ON n.id = na.neighbourhood_group_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    links.add(new RegisterFacts.AdminLink(rs.getLong(1), rs.getLong(2), rs.getLong(3)));
                }
            }
            return new RegisterFacts(groups, links);
        });
    }

    @Override
    public Map<Long, Map<Long, Tick>> ticks(Collection<Long> alertIds) {
        return tx.run("Could not read the paste checklist", c -> {
            Map<Long, Map<Long, Tick>> ticks = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_id, group_id, outcome, at, officer_id FROM alert_post "
                    + "WHERE alert_id = ANY (?)")) {
                ps.setArray(1, PgJdbc.ids(c, alertIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Tick t = tick(rs);
                        ticks.computeIfAbsent(t.alertId(), k -> new HashMap<>()).put(t.groupId(), t);
                    }
                }
            }
            return ticks;
        });
    }

    @Override
    public List<LoggedResponse> loggedResponses(long afterAlertId, int limit) {
        return tx.run("Could not read the responses", c -> ResponseRows.logged(c, afterAlertId, limit));
    }

    @Override
    public Optional<Tick> unchainedTick() {
        return oneTick("SELECT p.alert_id, p.group_id, p.outcome, p.at, p.officer_id FROM alert_post p "
                + "WHERE EXISTS (SELECT 1 FROM audit_entry s WHERE s.alert_id = p.alert_id AND s.event = 'SENT' AND s.form >= 2) "
                + "AND NOT EXISTS (SELECT 1 FROM audit_entry t WHERE t.alert_id = p.alert_id AND t.event = 'TICKED' "
                + "AND t.subject_id = p.group_id) ORDER BY p.alert_id, p.group_id LIMIT 1");
    }

    @Override
    public Optional<Tick> tickChainedTwice() {
        // officer_id is not grouped on SQLite either: any one of the duplicates names the tick
        return oneTick("SELECT alert_id, subject_id, '', min(at), min(officer_id) FROM audit_entry WHERE event = 'TICKED' "
                + "GROUP BY alert_id, subject_id HAVING count(*) > 1 ORDER BY 1, 2 LIMIT 1");
    }

    private Optional<Tick> oneTick(String sql) {
        return tx.run("Could not check the paste checklist", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(tick(rs)) : Optional.<Tick>empty();
            }
        });
    }

    @Override
    public Optional<Long> unchainedResponse(Instant since) {
        return tx.run("Could not check the responses", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT r.alert_id FROM alert_response r WHERE r.recorded_at >= ? "
                    + "AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.alert_id = r.alert_id AND e.event = 'RESPONSE') "
                    + "ORDER BY 1 LIMIT 1")) {
                ps.setLong(1, since.toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private static Tick tick(ResultSet rs) throws SQLException {
        return new Tick(rs.getLong(1), rs.getLong(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5));
    }
}

package nl.meldtafel.store;

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
import nl.meldtafel.alert.AccountFacts;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.RegisterFacts;

/** The rows of the SQLite log that second-form chain entries are checked against. */
final class SqliteChainFacts implements ChainFacts {

    private final Database db;

    SqliteChainFacts(Database db) {
        this.db = db;
    }

    @Override
    public Map<Long, Officer> officers() {
        return db.read("Could not read the officers", c -> {
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
        return db.read("Could not read the accounts", AccountRows::facts);
    }

    @Override
    public RegisterFacts register() {
        return db.read("Could not read the register", c -> {
            Map<Long, RegisterFacts.Group> groups = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, gemeente, active FROM target_group");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    groups.put(rs.getLong(1), new RegisterFacts.Group(rs.getString(2), rs.getString(3), rs.getInt(4) == 1));
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
        return db.read("Could not read the paste checklist", c -> {
            Map<Long, Map<Long, Tick>> ticks = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT alert_id, group_id, outcome, at, officer_id FROM alert_post "
                    + "WHERE alert_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, Jdbc.idList(alertIds));
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
        return db.read("Could not read the responses", c -> ResponseRows.logged(c, afterAlertId, limit));
    }

    /** Holds each tick against the TICKED entries' index first: the SENT check then runs only for a forged one. */
    static final String UNCHAINED_TICK = "SELECT p.alert_id, p.group_id, p.outcome, p.at, p.officer_id FROM alert_post p "
            + "WHERE NOT EXISTS (SELECT 1 FROM audit_entry t WHERE t.event = 'TICKED' AND t.alert_id = p.alert_id "
            + "AND t.subject_id = p.group_id) "
            + "AND EXISTS (SELECT 1 FROM audit_entry s WHERE s.alert_id = p.alert_id AND s.event = 'SENT' AND s.form >= 2) "
            + "ORDER BY p.alert_id, p.group_id LIMIT 1";

    /** Counts in the TICKED entries' index alone; only a pair found twice is read from the table. */
    static final String TICK_CHAINED_TWICE = "WITH twice AS (SELECT alert_id, subject_id FROM audit_entry WHERE event = 'TICKED' "
            + "GROUP BY alert_id, subject_id HAVING count(*) > 1 ORDER BY 1, 2 LIMIT 1) "
            + "SELECT e.alert_id, e.subject_id, '', min(e.at), e.officer_id FROM audit_entry e "
            + "JOIN twice w ON e.alert_id = w.alert_id AND e.subject_id = w.subject_id WHERE e.event = 'TICKED' "
            + "GROUP BY e.alert_id, e.subject_id";

    @Override
    public Optional<Tick> unchainedTick() {
        return oneTick(UNCHAINED_TICK);
    }

    @Override
    public Optional<Tick> tickChainedTwice() {
        return oneTick(TICK_CHAINED_TWICE);
    }

    private Optional<Tick> oneTick(String sql) {
        return db.read("Could not check the paste checklist", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(tick(rs)) : Optional.<Tick>empty();
            }
        });
    }

    @Override
    public Optional<Long> unchainedResponse(Instant since) {
        return db.read("Could not check the responses", c -> {
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
        return new Tick(rs.getLong(1), rs.getLong(2), SqliteText.get(rs, 3), Instant.ofEpochMilli(rs.getLong(4)), rs.getLong(5));
    }
}

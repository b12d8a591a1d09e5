package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OfficerRepository;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.team.TeamScope;

/** Officers on the server, identified by personnel number; new ones join the desk's team. */
final class PostgresOfficerRepository implements OfficerRepository {

    private static final String COLUMNS = "SELECT id, name, personnel_number FROM officer ";

    private final PgTransactor tx;
    private final Clock clock;
    private final TeamScope scope;

    PostgresOfficerRepository(PgTransactor tx, Clock clock, TeamScope scope) {
        this.tx = tx;
        this.clock = clock;
        this.scope = scope;
    }

    @Override
    public Officer register(String name, String personnelNumber) {
        String cleanName = TextChecks.requireNonBlank("officer name", name).strip();
        String number = TextChecks.requireNonBlank("personnel number", personnelNumber).strip();
        return tx.run("Could not save officer " + cleanName, c -> {
            // one statement, so two desks registering the same number at once both get the one row
            // an officer who exists keeps their team: a desk of another team does not take them over
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO officer (name, personnel_number, created_at, team_id) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (personnel_number) DO UPDATE SET name = excluded.name "
                    + "RETURNING id, name, personnel_number")) {
                ps.setString(1, cleanName);
                ps.setString(2, number);
                ps.setLong(3, clock.millis());
                ps.setLong(4, scope.team().id());
                return officers(ps).get(0);
            }
        });
    }

    @Override
    public Optional<Officer> find(long id) {
        return one("WHERE id = ?", id);
    }

    @Override
    public Optional<Officer> findByPersonnelNumber(String personnelNumber) {
        return one("WHERE personnel_number = ?", personnelNumber.strip());
    }

    private Optional<Officer> one(String where, Object key) {
        return tx.run("Could not load officer", c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + where)) {
                ps.setObject(1, key);
                List<Officer> found = officers(ps);
                return found.isEmpty() ? Optional.<Officer>empty() : Optional.of(found.get(0));
            }
        });
    }

    @Override
    public List<Officer> all() {
        return tx.run("Could not list officers", c -> {
            // the row retention runs are recorded under is nobody to choose at the desk
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + "WHERE personnel_number <> ?"
                    + PgJdbc.shownTeamOnly(scope, "team_id") + " ORDER BY name, id")) {
                ps.setString(1, RetentionService.SYSTEM_PERSONNEL_NUMBER);
                return officers(ps);
            }
        });
    }

    private static List<Officer> officers(PreparedStatement ps) throws SQLException {
        List<Officer> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Officer(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return list;
    }
}

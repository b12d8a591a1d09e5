package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.team.Team;
import nl.meldtafel.team.TeamRepository;

/** The server's teams; names are compared without case, so "Noord" and "noord" are one team. */
final class PostgresTeamRepository implements TeamRepository {

    private final PgTransactor tx;

    PostgresTeamRepository(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public List<Team> all() {
        return tx.run("Could not list the teams", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM team ORDER BY id")) {
                return teams(ps);
            }
        });
    }

    @Override
    public Optional<Team> named(String name) {
        return tx.run("Could not find team " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM team WHERE lower(name) = lower(?)")) {
                ps.setString(1, name.strip());
                return teams(ps).stream().findFirst();
            }
        });
    }

    @Override
    public Team add(String name) {
        String clean = TextChecks.requireNonBlank("team name", name).strip();
        return tx.run("Could not add team " + clean, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM team WHERE lower(name) = lower(?)")) {
                ps.setString(1, clean);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new IllegalArgumentException("There is a team '" + clean + "' already");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO team (name) VALUES (?) RETURNING id, name")) {
                ps.setString(1, clean);
                return teams(ps).get(0);
            }
        });
    }

    private static List<Team> teams(PreparedStatement ps) throws SQLException {
        List<Team> teams = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                teams.add(new Team(rs.getLong(1), rs.getString(2)));
            }
        }
        return teams;
    }
}

package nl.meldtafel.team;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The team a desk or command works in, and whether its lists and figures show that team or the whole
 * unit. The team is named by the officer (or is the server's first team) and found once the log is open;
 * new alerts and officers always join it, also while the whole unit is shown.
 */
public final class TeamScope {

    private final String name;
    private final boolean wholeUnit;
    private volatile Team team;
    private volatile boolean severalTeams;

    private TeamScope(String name, boolean wholeUnit) {
        this.name = name == null || name.isBlank() ? null : name.strip();
        this.wholeUnit = wholeUnit;
    }

    /** The server's first team, showing only that team: a one-team server, or a desk that chose none. */
    public static TeamScope firstTeam() {
        return new TeamScope(null, false);
    }

    /**
     * @param name      the desk's team; empty for the server's first team
     * @param wholeUnit whether lists and figures show every team (the unit) instead of the desk's own
     */
    public static TeamScope of(Optional<String> name, boolean wholeUnit) {
        return new TeamScope(name.orElse(null), wholeUnit);
    }

    /**
     * Finds the team among the server's.
     *
     * @throws UnknownTeamException when no team has the name asked for
     */
    public void resolve(TeamRepository teams) {
        List<Team> all = teams.all();
        Optional<Team> found = name == null ? all.stream().findFirst() : teams.named(name);
        team = found.orElseThrow(() -> new UnknownTeamException(name == null ? "" : name,
                all.stream().map(Team::name).toList()));
        severalTeams = all.size() > 1;
    }

    /** Whether the server has more teams than this one: only then is the team worth naming on screen. */
    public boolean severalTeams() {
        return severalTeams;
    }

    /** Whether the team was found (the log is open). */
    public boolean known() {
        return team != null;
    }

    /** The desk's team; known once the log is open. */
    public Team team() {
        Team t = team;
        if (t == null) {
            throw new IllegalStateException("The team is known once the log is open");
        }
        return t;
    }

    /** The team whose rows lists and figures show; empty for the whole unit. */
    public Optional<Long> shownTeam() {
        return wholeUnit ? Optional.empty() : Optional.of(team().id());
    }

    public boolean wholeUnit() {
        return wholeUnit;
    }

    /** The name the desk asked for; empty for the server's first team. */
    public Optional<String> askedFor() {
        return Optional.ofNullable(name);
    }

    @Override
    public String toString() {
        return (wholeUnit ? "unit, own team " : "team ") + Objects.requireNonNullElse(name, "(first)");
    }
}

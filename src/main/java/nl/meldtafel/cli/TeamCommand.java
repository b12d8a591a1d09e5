package nl.meldtafel.cli;

import java.time.Clock;
import java.util.List;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.team.Team;
import nl.meldtafel.team.TeamRepository;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code team list} and {@code team add NAME}: the basisteams on a shared server. */
@picocli.CommandLine.Command(
        customSynopsis = "team list|add [NAME] --database URL",
        description = {"list the basisteams on a server, or add one (as the database's owner: the desks' role "
                + "cannot); exit 0 done, 1 refused, 2 usage",
                "A desk works in one team (--team NAME or MELDTAFEL_TEAM); its Opvolging, Logboek and Overzicht show "
                        + "that team, or every team with --unit."})
public final class TeamCommand extends AdminCommand {

    @Mixin
    private DataDirOption data;
    @Parameters(index = "0", paramLabel = "list|add")
    private String action;
    @Parameters(index = "1", arity = "0..1", paramLabel = "NAME")
    private String name;
    private final Clock clock;

    public TeamCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("team");
    }

    @Override
    public Integer call() {
        ServerAddress server = data.requiredServer("teams live on a server (a data folder's log is one team)");
        boolean add = action.equals("add");
        if (!add && !action.equals("list")) {
            throw usageError("team takes 'list' or 'add NAME', not '" + action + "'");
        }
        if (add == (name == null)) {
            throw usageError(add ? "team add needs the team's name" : "team list takes no name");
        }
        PostgresBackend backend = PostgresBackend.at(server, data.environment(), clock);
        try (backend) {
            backend.open(() -> { });
            TeamRepository teams = backend.teams();
            if (add) {
                Team team = teams.add(name);
                io.out().println("Team " + team.name() + " added (" + teams.all().size() + " teams). Start its desks with "
                        + "--team \"" + team.name() + "\" or MELDTAFEL_TEAM.");
            } else {
                teams.all().forEach(t -> io.out().println(t.name()));
            }
            return 0;
        } catch (IllegalArgumentException | StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }
}

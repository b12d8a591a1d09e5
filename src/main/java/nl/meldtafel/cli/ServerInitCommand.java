package nl.meldtafel.cli;

import java.util.List;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.store.postgres.ServerSetup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code server init}: sets up (or upgrades) the shared log on a PostgreSQL server and the desks' role. */
@picocli.CommandLine.Command(
        customSynopsis = "server init --database URL [--desk-role NAME]",
        description = {"create or upgrade the log's schema on a PostgreSQL server and grant the desks' role; "
                + "run it as the database's owner; exit 0 done, 1 refused, 2 usage",
                "Run it again after every Meldtafel upgrade: the desks do not change the schema themselves."})
public final class ServerInitCommand extends AdminCommand {

    @Mixin
    private DataDirOption data;
    @Option(names = "--desk-role", paramLabel = "NAME", defaultValue = ServerSetup.DEFAULT_DESK_ROLE,
            description = "The role the desks' users are members of (default: ${DEFAULT-VALUE}); created when missing.")
    private String deskRole;

    public ServerInitCommand(DefaultDataFolder folders) {
        this.data = new DataDirOption(folders);
    }

    @Override
    public List<String> names() {
        return List.of("server", "init");
    }

    @Override
    public Integer call() {
        if (!ServerSetup.isRoleName(deskRole)) {
            throw usageError("'" + deskRole + "' is not a role name: use lower case letters, digits and _");
        }
        ServerAddress address = data.requiredServer("server init needs a server");
        try {
            ServerSetup.Outcome outcome = ServerSetup.init(address.jdbcUrl(), address.connectionProperties(data.environment()),
                    deskRole);
            io.out().println("Server " + address + ": schema " + (outcome.versionBefore() == null ? "created"
                    : "was at version " + outcome.versionBefore()) + ", now at version " + outcome.versionAfter()
                    + " (" + outcome.migrationsApplied() + " migrations applied).");
            io.out().println("Desk role " + outcome.deskRole() + " granted. Give each desk a login in it, e.g.: "
                    + "CREATE ROLE meldtafel_balie1 LOGIN PASSWORD '...' IN ROLE " + outcome.deskRole() + ";");
            return 0;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }
}

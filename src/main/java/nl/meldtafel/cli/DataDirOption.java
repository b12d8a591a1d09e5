package nl.meldtafel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.team.TeamScope;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --data-dir DIR} and {@code --database URL} for every command that works on the log: the one
 * place they are parsed and resolved, and the log opened. Without a folder it comes from
 * {@code MELDTAFEL_HOME} or the OS default; without a server from {@code MELDTAFEL_DATABASE}, else the
 * log is the SQLite file in the folder.
 */
public final class DataDirOption {

    /** The environment variable naming a desk's or command's team on a server. */
    public static final String TEAM_ENVIRONMENT = "MELDTAFEL_TEAM";

    @Option(names = "--data-dir", paramLabel = "DIR", converter = Converters.FileName.class,
            description = "The data folder (default: $MELDTAFEL_HOME, else the user's application-data folder).")
    private Path given;
    @Option(names = "--database", paramLabel = "URL", converter = Converters.Server.class,
            description = "A PostgreSQL server shared by several desks: postgresql://USER@HOST:PORT/DB (default: "
                    + "$MELDTAFEL_DATABASE, else the log in the data folder). The password comes from PGPASSWORD or .pgpass.")
    private ServerAddress server;
    @Option(names = "--team", paramLabel = "NAME",
            description = "On a server with several basisteams: the team to work in and show (default: $MELDTAFEL_TEAM, "
                    + "else the server's first team).")
    private String team;
    @Option(names = "--unit",
            description = "On a server with several basisteams: show every team (the whole unit), not only one.")
    private boolean unit;
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private final DefaultDataFolder defaults;

    DataDirOption(DefaultDataFolder defaults) {
        this.defaults = defaults;
    }

    /** The folder the command works on. */
    Path folder() {
        return resolve(Optional.ofNullable(given), defaults);
    }

    /**
     * The log the command works on, opened; null (having said why on {@code to}) when the folder holds
     * none, since only the desk's first start creates a log. Null suits try-with-resources.
     *
     * @throws nl.meldtafel.store.StorageException when the log cannot be opened
     */
    Storage openExisting(Clock clock, PrintStream to) {
        teamScope();
        if (server().isPresent()) {
            return openOnServer(clock);
        }
        Path folder = folder();
        return LogFolder.missing(folder, to, "") ? null : Storage.open(folder, clock);
    }

    /** The log, created when the folder holds none (the demo command fills a new one). */
    Storage openOrCreate(Clock clock) {
        teamScope();
        return server().isPresent() ? openOnServer(clock) : Storage.open(folder(), clock);
    }

    /**
     * The log opened to verify it, writing nothing; see {@link Storage#openForVerification}. A server's
     * log is read where it is: the desks' role cannot change what verification reads.
     */
    Storage openForVerification(Clock clock, Path workFolder) throws IOException {
        teamScope();
        return server().isPresent() ? openOnServer(clock) : Storage.openForVerification(folder(), clock, workFolder);
    }

    /**
     * The server given with {@code --database}, else in {@code MELDTAFEL_DATABASE}; empty for the log in
     * the data folder.
     *
     * @throws ParameterException (a usage error, exit 2) when the environment's address cannot be read
     */
    Optional<ServerAddress> server() {
        if (server != null) {
            return Optional.of(server);
        }
        try {
            return ServerAddress.fromEnvironment(defaults.environment());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandLine(), ServerAddress.ENVIRONMENT + ": " + e.getMessage());
        }
    }

    /**
     * The server, for a command that only works on one.
     *
     * @param why what the usage error says first, e.g. "server init needs a server"
     * @throws ParameterException (a usage error, exit 2) when none is given
     */
    ServerAddress requiredServer(String why) {
        return server().orElseThrow(() -> new ParameterException(command.commandLine(),
                why + ": --database postgresql://USER@HOST:PORT/DB (or " + ServerAddress.ENVIRONMENT + ")"));
    }

    /** The environment a server's password is read from ({@code PGPASSWORD}). */
    Map<String, String> environment() {
        return defaults.environment();
    }

    /**
     * The team given with {@code --team} (else {@code MELDTAFEL_TEAM}) and whether {@code --unit} shows them all.
     *
     * @throws ParameterException (a usage error, exit 2) for a team without a server: a data folder's log is one team
     */
    TeamScope teamScope() {
        Optional<String> named = Optional.ofNullable(team).or(() -> Optional.ofNullable(defaults.environment().get(TEAM_ENVIRONMENT)))
                .filter(name -> !name.isBlank());
        if (named.isPresent() && team != null && server().isEmpty()) {
            throw new ParameterException(command.commandLine(), "--team needs a server (--database): a data folder's log is one team");
        }
        return TeamScope.of(named, unit);
    }

    private Storage openOnServer(Clock clock) {
        ServerAddress address = server().orElseThrow();
        Storage storage = Storage.on(folder(), PostgresBackend.at(address, defaults.environment(), clock, teamScope()), clock);
        try {
            storage.open();
            return storage;
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
    }

    /** The given folder (made absolute), else the default; the desk resolves its own option the same way. */
    public static Path resolve(Optional<Path> given, DefaultDataFolder defaults) {
        return given.map(Path::toAbsolutePath).orElseGet(defaults::folder);
    }
}

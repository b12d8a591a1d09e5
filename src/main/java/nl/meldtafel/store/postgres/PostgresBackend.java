package nl.meldtafel.store.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import nl.meldtafel.team.TeamRepository;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.team.UnknownTeamException;
import java.util.UUID;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.DraftRepository;
import nl.meldtafel.alert.LogChangeHub;
import nl.meldtafel.alert.LogChanges;
import nl.meldtafel.account.AccountRepository;
import nl.meldtafel.alert.OfficerRepository;
import nl.meldtafel.alert.QueuedSendRepository;
import nl.meldtafel.alert.ResponseRepository;
import nl.meldtafel.alert.Transactor;
import nl.meldtafel.groups.GroupRepository;
import nl.meldtafel.groups.PostingRepository;
import nl.meldtafel.retention.RetentionRepository;
import nl.meldtafel.retention.StorageHygiene;
import nl.meldtafel.stats.FactSource;
import nl.meldtafel.store.Backend;
import nl.meldtafel.store.BackupService;
import nl.meldtafel.store.ExistingLog;
import nl.meldtafel.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The log on a PostgreSQL server shared by several desks: a small connection pool, the schema kept by
 * Flyway, transactions bound to the thread. Backups are the server's own, so this desk makes none.
 */
public final class PostgresBackend implements Backend {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresBackend.class);
    /** Enough for the desk's background work beside the officer's own; the server serves many desks. */
    private static final int POOL_SIZE = 4;
    private static final long CONNECTION_TIMEOUT_MS = 3_000;

    private final String jdbcUrl;
    private final Properties connectionProperties;
    /** This desk as the change triggers see it, so the desk can skip its own changes. */
    private final String desk;
    private final PgTransactor tx = new PgTransactor();
    private final AlertRepository alerts;
    private final OfficerRepository officers;
    private final AccountRepository accounts;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final ChainFacts chainFacts;
    private final ResponseRepository responses;
    private final QueuedSendRepository queuedSends;
    private final GroupRepository groups;
    private final PostingRepository posting;
    private final RetentionRepository retention;
    private final FactSource facts;
    private final TeamScope scope;
    private final PostgresTeamRepository teams;
    private final StorageHygiene hygiene = new ServerHygiene();
    private final LogChangeHub changes = new LogChangeHub();
    private PgChangeListener listener;
    // set once the first step of open() has run; read without the lock, so isOpen() never waits for an open
    private volatile HikariDataSource pool;

    private PostgresBackend(String jdbcUrl, Properties connectionProperties, Clock clock, TeamScope scope) {
        this.jdbcUrl = jdbcUrl;
        this.scope = scope;
        this.teams = new PostgresTeamRepository(tx);
        this.connectionProperties = connectionProperties;
        this.desk = UUID.randomUUID().toString();
        withDesk(connectionProperties, desk);
        this.alerts = new PostgresAlertRepository(tx, scope);
        this.officers = new PostgresOfficerRepository(tx, clock, scope);
        this.accounts = new PostgresAccountRepository(tx, scope);
        this.drafts = new PostgresDraftRepository(tx);
        this.audit = new PostgresAuditLog(tx);
        this.chainFacts = new PostgresChainFacts(tx);
        this.responses = new PostgresResponseRepository(tx);
        this.queuedSends = new PostgresQueuedSends(tx);
        this.groups = new PostgresGroupRepository(tx, scope);
        this.posting = new PostgresPostingRepository(tx, scope);
        this.retention = new PostgresRetentionRepository(tx);
        this.facts = new PostgresFactSource(tx, scope);
    }

    /**
     * The log on the server at {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db}), not opened yet.
     *
     * @param connectionProperties the driver's properties: user, password, sslmode, ...
     */
    public static PostgresBackend at(String jdbcUrl, Properties connectionProperties, Clock clock) {
        return at(jdbcUrl, connectionProperties, clock, TeamScope.firstTeam());
    }

    /** As {@link #at(String, Properties, Clock)}, working in the team {@code scope} names. */
    public static PostgresBackend at(String jdbcUrl, Properties connectionProperties, Clock clock, TeamScope scope) {
        Properties copy = new Properties();
        copy.putAll(connectionProperties);
        return new PostgresBackend(jdbcUrl, copy, clock, scope);
    }

    /** The log on the server at {@code address}, its password from {@code environment} (PGPASSWORD) or .pgpass. */
    public static PostgresBackend at(ServerAddress address, Map<String, String> environment, Clock clock) {
        return at(address, environment, clock, TeamScope.firstTeam());
    }

    /** As {@link #at(ServerAddress, Map, Clock)}, working in the team {@code scope} names. */
    public static PostgresBackend at(ServerAddress address, Map<String, String> environment, Clock clock, TeamScope scope) {
        return at(address.jdbcUrl(), address.connectionProperties(environment), clock, scope);
    }

    /**
     * Sets meldtafel.desk on every connection as it starts, so the change triggers can name the writer.
     * A startup option rather than a SET after connecting: a SET is undone by a rollback.
     */
    private static void withDesk(Properties properties, String desk) {
        String options = properties.getProperty("options", "").strip();
        properties.setProperty("options", (options.isEmpty() ? "" : options + " ") + "-c meldtafel.desk=" + desk);
    }

    /** A server log is created by its administrator's set-up, never by a desk's first start. */
    @Override
    public ExistingLog.AtStart atStart() {
        return ExistingLog.AtStart.PRESENT;
    }

    @Override
    public synchronized void open(Runnable first) {
        if (pool != null) {
            return;
        }
        HikariDataSource opened = connect();
        try {
            ServerSchema.check(opened, location());
            LOG.info("Server log {}: schema current", location());
            tx.opening(opened);
            findTeam();
            first.run();
            tx.opened();
            pool = opened;
            listener = new PgChangeListener(jdbcUrl, connectionProperties, desk, scope, changes::publish, location());
            listener.start();
        } catch (RuntimeException | Error e) {
            tx.closed();
            opened.close();
            throw e;
        }
    }

    private void findTeam() {
        try {
            scope.resolve(teams);
        } catch (UnknownTeamException e) {
            throw new StorageException(StorageException.Reason.UNKNOWN_TEAM, "Could not open the log on " + location()
                    + ": " + e.getMessage(), e);
        }
    }

    /** The teams on this server. */
    public TeamRepository teams() {
        return teams;
    }

    @Override
    public Optional<TeamScope> team() {
        return Optional.of(scope);
    }

    private HikariDataSource connect() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setDataSourceProperties(connectionProperties);
        config.setMaximumPoolSize(POOL_SIZE);
        // a copy waits for its record: when the server is away, say so within seconds (the alert is then
        // queued), not after the pool's default 30 s
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setMinimumIdle(1);
        config.setPoolName("meldtafel");
        config.setAutoCommit(false);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            // the pool's own exception names the URL, never the password
            throw new StorageException(PgErrors.isConnectionFailure(e) ? StorageException.Reason.UNREACHABLE
                    : StorageException.Reason.OTHER, "Could not reach " + location() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean isOpen() {
        return pool != null;
    }

    /** The server runs long work beside the desk's sends, so a send never waits behind it. */
    @Override
    public boolean isBusy() {
        return false;
    }

    /** "server host:port/db", without user or parameters. */
    @Override
    public String location() {
        return locationOf(jdbcUrl);
    }

    /** How messages name the server at {@code jdbcUrl}: "server host:port/db", without user or parameters. */
    static String locationOf(String jdbcUrl) {
        return "server " + hostPortDatabase(jdbcUrl);
    }

    @Override
    public Optional<String> serverName() {
        return Optional.of(hostPortDatabase(jdbcUrl));
    }

    @Override
    public Optional<String> serverHost() {
        String rest = hostPortDatabase(jdbcUrl);
        int end = rest.startsWith("[") ? rest.indexOf(']') + 1 : rest.indexOf(':') >= 0 ? rest.indexOf(':') : rest.indexOf('/');
        return Optional.of(end > 0 ? rest.substring(0, end) : rest);
    }

    private static String hostPortDatabase(String jdbcUrl) {
        String rest = jdbcUrl.replaceFirst("^jdbc:postgresql://", "");
        int parameters = rest.indexOf('?');
        return parameters < 0 ? rest : rest.substring(0, parameters);
    }

    @Override
    public Path moveAside() {
        throw new StorageException(StorageException.Reason.OTHER,
                "A log on a server is not set aside by a desk; its administrator restores it from the server's backups");
    }

    @Override
    public Transactor transactor() {
        return tx;
    }

    /**
     * Runs {@code work} in one transaction on one connection; the services called inside it (on this
     * thread) join it, so what they read includes what {@code work} wrote before it commits.
     */
    public <T> T inOneTransaction(String action, PgWork<T> work) {
        return tx.run(action, work);
    }

    @Override
    public AlertRepository alerts() {
        return alerts;
    }

    @Override
    public OfficerRepository officers() {
        return officers;
    }

    @Override
    public AccountRepository accounts() {
        return accounts;
    }

    @Override
    public DraftRepository drafts() {
        return drafts;
    }

    @Override
    public AuditLog audit() {
        return audit;
    }

    @Override
    public ChainFacts chainFacts() {
        return chainFacts;
    }

    @Override
    public GroupRepository groups() {
        return groups;
    }

    @Override
    public PostingRepository posting() {
        return posting;
    }

    @Override
    public ResponseRepository responses() {
        return responses;
    }

    @Override
    public RetentionRepository retention() {
        return retention;
    }

    @Override
    public FactSource facts() {
        return facts;
    }

    @Override
    public QueuedSendRepository queuedSends() {
        return queuedSends;
    }

    /** A redaction on a server leaves nothing for the desk to clean: see {@link ServerHygiene}. */
    @Override
    public StorageHygiene hygiene() {
        return hygiene;
    }

    @Override
    public Optional<BackupService> fileBackups() {
        return Optional.empty();
    }

    /** Other desks' changes, heard on a connection of its own while the log is open. */
    @Override
    public LogChanges changes() {
        return changes;
    }

    @Override
    public synchronized void close() {
        if (listener != null) {
            listener.close();
            listener = null;
        }
        if (pool != null) {
            tx.closed();
            pool.close();
            pool = null;
        }
    }
}

package nl.meldtafel.store;

import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.DraftRepository;
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

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/** The log in one SQLite file, {@code meldtafel.db} in the data folder, with daily file backups beside it. */
public final class SqliteBackend implements Backend {

    private final Path folder;
    private final Clock clock;
    private final Database database;
    private final AlertRepository alerts;
    private final OfficerRepository officers;
    private final AccountRepository accounts;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final ChainFacts chainFacts;
    private final GroupRepository groups;
    private final PostingRepository posting;
    private final ResponseRepository responses;
    private final RetentionRepository retention;
    private final FactSource facts;
    private final QueuedSendRepository queuedSends;
    private final BackupService backups;
    private final StorageHygiene hygiene;

    private SqliteBackend(Path folder, Database database, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.database = database;
        this.alerts = new SqliteAlertRepository(database);
        this.officers = new SqliteOfficerRepository(database, clock);
        this.accounts = new SqliteAccountRepository(database);
        this.drafts = new SqliteDraftRepository(database);
        this.audit = new SqliteAuditLog(database);
        this.chainFacts = new SqliteChainFacts(database);
        this.groups = new SqliteGroupRepository(database);
        this.posting = new SqlitePostingRepository(database);
        this.responses = new SqliteResponseRepository(database);
        this.retention = new SqliteRetentionRepository(database, audit);
        this.facts = new SqliteFactSource(database);
        this.queuedSends = new SqliteQueuedSends(database);
        this.backups = new BackupService(database, folder, clock);
        this.hygiene = new BackupHygiene(database, backups, folder, clock);
    }

    /** {@code meldtafel.db} in {@code folder}, not opened yet. */
    public static SqliteBackend in(Path folder, Clock clock) {
        return new SqliteBackend(folder, Database.at(Storage.databaseFile(folder)), clock);
    }

    /** {@code meldtafel.db} in {@code folder}, for a new log built in one go: see {@link LogBuiltAside}. */
    static SqliteBackend forBulkLoad(Path folder, Clock clock) {
        return new SqliteBackend(folder, Database.forBulkLoad(Storage.databaseFile(folder)), clock);
    }

    /** A copy of the log in another file (for verification), with the anchors and backups of {@code folder}. */
    static SqliteBackend ofFile(Path folder, Path file, Clock clock) {
        return new SqliteBackend(folder, Database.at(file), clock);
    }

    @Override
    public ExistingLog.AtStart atStart() {
        return ExistingLog.atStart(folder);
    }

    @Override
    public void open(Runnable first) {
        DataFolder.ensureExists(folder);
        database.connect(first);
    }

    @Override
    public boolean isOpen() {
        return database.isOpen();
    }

    @Override
    public boolean isBusy() {
        return database.isBusy();
    }

    @Override
    public String location() {
        return database.file().toString();
    }

    @Override
    public Path moveAside() {
        return Database.moveAside(database.file(), clock);
    }

    Database database() {
        return database;
    }

    @Override
    public SecondReader secondReader() {
        Database reader = database.secondReader();
        return new SecondReader(new SqliteAlertRepository(reader), new SqliteChainFacts(reader), reader::close);
    }

    @Override
    public void releaseMemory() {
        database.read("Could not release the database's cache", c -> {
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA shrink_memory");
            }
            return null;
        });
    }

    @Override
    public <T> T withIndexesBuiltAfter(Supplier<T> work) {
        return database.withIndexesBuiltAfter(work);
    }

    @Override
    public Transactor transactor() {
        return database;
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

    @Override
    public StorageHygiene hygiene() {
        return hygiene;
    }

    @Override
    public Optional<BackupService> fileBackups() {
        return Optional.of(backups);
    }

    /** One desk, one file: nobody else changes it. */
    @Override
    public LogChanges changes() {
        return LogChanges.none();
    }

    @Override
    public void close() {
        database.close();
    }
}

package nl.meldtafel.store;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChainVerifier;
import nl.meldtafel.alert.DraftRepository;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.OfficerRepository;
import nl.meldtafel.alert.ResponseService;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.GroupTargeting;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.stats.OverviewService;
import nl.meldtafel.retention.RetentionService;

/** Everything the app and the commands need from the data folder, opened with one call. */
public final class Storage implements AutoCloseable {

    private final Path dataFolder;
    private final Database database;
    private final AlertRepository alerts;
    private final OfficerRepository officers;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final AlertService service;
    private final BackupService backups;
    private final GroupRegister groupRegister;
    private final GroupTargeting targeting;
    private final PasteChecklist checklist;
    private final OverviewService overviews;
    private final ResponseService responses;
    private final RetentionService retention;
    private final QueuedSends queuedSends;

    private Storage(Path dataFolder, Database database, Clock clock) {
        this.dataFolder = dataFolder;
        this.database = database;
        this.alerts = new SqliteAlertRepository(database);
        this.officers = new SqliteOfficerRepository(database, clock);
        this.drafts = new SqliteDraftRepository(database);
        this.audit = new SqliteAuditLog(database);
        this.service = new AlertService(database, alerts, audit, new FollowUpRules(clock), new SecureRandom());
        this.backups = new BackupService(database, dataFolder, clock);
        SqliteGroupRepository groups = new SqliteGroupRepository(database);
        SqlitePostingRepository posting = new SqlitePostingRepository(database);
        this.groupRegister = new GroupRegister(database, groups, alerts);
        this.targeting = new GroupTargeting(groups, posting);
        this.checklist = new PasteChecklist(database, posting, service, targeting, clock);
        this.overviews = new OverviewService(new SqliteFactSource(database), clock);
        this.responses = new ResponseService(database, alerts, new SqliteResponseRepository(database), clock);
        this.retention = new RetentionService(database, new SqliteRetentionRepository(database), alerts, audit, officers,
                new BackupHygiene(database, backups, dataFolder, clock), clock);
        this.queuedSends = new QueuedSends(database);
    }

    /**
     * Creates the folder if needed and opens {@code meldtafel.db} in it.
     *
     * @param clock the desk's clock; its zone decides ISO weeks and backup dates
     * @throws StorageException with reason CORRUPT (see {@link #moveAside}), NEWER_VERSION, READ_ONLY, ...
     */
    public static Storage open(Path dataFolder, Clock clock) {
        Path folder = DataFolder.ensureExists(dataFolder);
        return new Storage(folder, Database.open(databaseFile(folder)), clock);
    }

    public static Path databaseFile(Path dataFolder) {
        return dataFolder.resolve(DataFolder.DATABASE_FILE);
    }

    /** Renames a damaged database in {@code dataFolder} aside so the next {@link #open} starts fresh. */
    public static Path moveAside(Path dataFolder, Clock clock) {
        return Database.moveAside(databaseFile(dataFolder), clock);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public AlertService alertService() {
        return service;
    }

    /** Searching, counting and loading alerts. */
    public AlertRepository alerts() {
        return alerts;
    }

    public OfficerRepository officers() {
        return officers;
    }

    public DraftRepository drafts() {
        return drafts;
    }

    public AuditLog audit() {
        return audit;
    }

    public ChainVerifier verifier() {
        return new ChainVerifier(audit, alerts);
    }

    public BackupService backups() {
        return backups;
    }

    /** The register of beheerdersgroepen: search, detail, edits, CSV import and export. */
    public GroupRegister groupRegister() {
        return groupRegister;
    }

    /** Target groups for the compose form: options, quick selections, defaults per kind and for follow-ups. */
    public GroupTargeting targeting() {
        return targeting;
    }

    /** The paste checklist after copying, and the groups not yet posted in. */
    public PasteChecklist pasteChecklist() {
        return checklist;
    }


    /** The Overzicht's figures for a period. */
    public OverviewService overviews() {
        return overviews;
    }

    /** The response per alert: calls to 112 / 0900-8844 and the result it contributed to. */
    public ResponseService responses() {
        return responses;
    }

    /** Retention periods, holds and the redaction of personal content after its period. */
    public RetentionService retention() {
        return retention;
    }

    /** The send queue's entries already in the log. */
    public QueuedSends queuedSends() {
        return queuedSends;
    }

    /**
     * Runs many service calls as one transaction, for bulk loads (demo data, imports): one commit and
     * one fsync for the lot instead of one per call. Each call's checks and audit entries are exactly
     * those of a single call; the durability settings stay as they are, a crash loses the whole batch.
     */
    public <T> T inOneTransaction(String action, Supplier<T> work) {
        return database.inTransaction(action, work);
    }

    Database database() {
        return database;
    }

    /** Whether a retention run or backup holds the database now: a send then queues instead of waiting. */
    public boolean isBusy() {
        return database.isBusy();
    }

    @Override
    public void close() {
        database.close();
    }
}

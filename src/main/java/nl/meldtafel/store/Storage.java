package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.alert.ChainForm;
import nl.meldtafel.alert.ChainVerifier;
import nl.meldtafel.alert.ChainedOfficers;
import nl.meldtafel.alert.OsAccount;
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

    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    private final Path dataFolder;
    private final Database database;
    private final AlertRepository alerts;
    private final OfficerRepository officers;
    private final DraftRepository drafts;
    private final AuditLog audit;
    private final ChainFacts chainFacts;
    private final AlertService service;
    private final BackupService backups;
    private final GroupRegister groupRegister;
    private final GroupTargeting targeting;
    private final PasteChecklist checklist;
    private final OverviewService overviews;
    private final ResponseService responses;
    private final RetentionService retention;
    private final QueuedSends queuedSends;
    private final Clock clock;
    private final ChainAnchors anchors;
    /** Opened to verify: no new chain form, no anchor at close, nothing written. */
    private final boolean forReading;

    private Storage(Path dataFolder, Database database, Clock clock, boolean forReading) {
        this.dataFolder = dataFolder;
        this.clock = clock;
        this.forReading = forReading;
        this.anchors = new ChainAnchors(dataFolder);
        this.database = database;
        this.alerts = new SqliteAlertRepository(database);
        this.audit = new SqliteAuditLog(database);
        this.officers = new ChainedOfficers(database, new SqliteOfficerRepository(database, clock), audit, clock);
        this.drafts = new SqliteDraftRepository(database);
        this.chainFacts = new SqliteChainFacts(database, alerts);
        this.service = new AlertService(database, alerts, audit, new FollowUpRules(clock), new SecureRandom());
        this.backups = new BackupService(database, dataFolder, clock);
        SqliteGroupRepository groups = new SqliteGroupRepository(database);
        SqlitePostingRepository posting = new SqlitePostingRepository(database);
        this.groupRegister = new GroupRegister(database, groups, alerts, audit, clock);
        this.targeting = new GroupTargeting(groups, posting);
        this.checklist = new PasteChecklist(database, posting, service, targeting, audit, clock);
        this.overviews = new OverviewService(new SqliteFactSource(database), clock);
        this.responses = new ResponseService(database, alerts, new SqliteResponseRepository(database), audit, clock);
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
        Storage storage = new Storage(folder, Database.open(databaseFile(folder)), clock, false);
        try {
            ChainForm.ensureCurrent(storage.database, storage.audit, storage.chainFacts, clock, OsAccount.current());
        } catch (RuntimeException e) {
            storage.close();
            throw e;
        }
        return storage;
    }

    /**
     * Opens a log to verify it, writing nothing to it. A log that cannot be opened for writing (a read-only
     * evidence copy) is verified from a private copy in {@code workFolder}; anchors are read from
     * {@code dataFolder} either way.
     */
    public static Storage openForVerification(Path dataFolder, Clock clock, Path workFolder) throws IOException {
        Path file = databaseFile(dataFolder);
        if (Files.isWritable(dataFolder) && Files.isWritable(file)) {
            try {
                return new Storage(dataFolder, Database.open(file), clock, true);
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.READ_ONLY) {
                    throw e;
                }
            }
        }
        Path copy = databaseFile(PrivateFiles.createFolder(workFolder));
        for (String suffix : new String[] {"", "-wal"}) {
            Path from = dataFolder.resolve(DataFolder.DATABASE_FILE + suffix);
            if (Files.exists(from)) {
                Files.copy(from, copy.resolveSibling(copy.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return new Storage(dataFolder, Database.open(copy), clock, true);
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
        return new ChainVerifier(audit, alerts, chainFacts);
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

    /**
     * Writes the chain head to the anchor files. Refused when the newest anchor is no longer in the
     * chain (cut off or wiped): the old anchor stays the newest, so {@code log verify} keeps reporting it.
     *
     * @return the files written; empty when the head was anchored already or the chain is empty
     * @throws IOException when an anchor file cannot be written
     * @throws StorageException when the newest anchor is not in the chain
     */
    public List<Path> anchorHead() throws IOException {
        Optional<ChainAnchors.Anchor> newest = anchors.newest();
        Optional<ChainHead> head = audit.head();
        if (newest.isPresent() && !audit.hashAt(newest.get().seq()).map(newest.get().hash()::equals).orElse(false)) {
            throw new StorageException(StorageException.Reason.OTHER, "The newest chain anchor (entry " + newest.get().seq()
                    + " in " + newest.get().file() + ") is not in the log: the log was cut off or replaced. Run 'log verify'.");
        }
        if (head.isEmpty()) {
            return List.of();
        }
        return anchors.write(head.get(), clock.instant());
    }

    /** The daily backup if today has none yet, with the chain head anchored beside it. */
    public Optional<Path> dailyBackup() throws IOException {
        Optional<Path> made = backups.dailyIfDue();
        if (made.isPresent()) {
            anchorHead();
        }
        return made;
    }

    /** Sets (null clears) the second anchor place and anchors the head there at once; returns the files written. */
    public List<Path> useSecondAnchorPlace(Path folder) throws IOException {
        anchors.setSecondPlace(folder);
        return anchorHead();
    }

    public ChainAnchors anchors() {
        return anchors;
    }

    /** Closes the database; a desk (not a verification) first anchors the chain head: a clean close. */
    @Override
    public void close() {
        try {
            if (!forReading) {
                anchorHead();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The chain head was not anchored at close", e);
        } finally {
            database.close();
        }
    }
}

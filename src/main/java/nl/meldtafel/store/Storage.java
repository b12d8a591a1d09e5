package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.function.Supplier;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.Guard;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.StoredAccountService;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.alert.ChainForm;
import nl.meldtafel.alert.ChainVerifier;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.alert.StoredAlertService;
import nl.meldtafel.alert.StoredOfficerService;
import nl.meldtafel.alert.DraftService;
import nl.meldtafel.alert.QueuedSendRepository;
import nl.meldtafel.alert.QueuedSendService;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.alert.DraftRepository;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.LogChanges;
import nl.meldtafel.alert.ResponseService;
import nl.meldtafel.alert.Transactor;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.GroupTargeting;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.groups.StoredGroupRegister;
import nl.meldtafel.groups.StoredPasteChecklist;
import nl.meldtafel.stats.OverviewService;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.retention.StoredRetentionService;

/**
 * The domain services over one {@link Backend}, built once. The desk builds them before the log is
 * open ({@link #at}) and opens it in the background ({@link #open()}); commands open at once ({@link #open(Path, Clock)}).
 */
public final class Storage implements DeskLog, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Storage.class);

    private final Path dataFolder;
    private final Backend backend;
    private final OfficerService officers;
    private final AccountService accounts;
    private final AlertService service;
    private final DraftService drafts;
    private final GroupRegister groupRegister;
    private final GroupTargeting targeting;
    private final PasteChecklist checklist;
    private final OverviewService overviews;
    private final ResponseService responses;
    private final RetentionService retention;
    private final QueuedSendService queuedSendService;
    private final Clock clock;
    private final ChainAnchors anchors;
    /** Opened to verify: no new chain form, no anchor at close, nothing written. */
    private final boolean forReading;

    private Storage(Path dataFolder, Backend backend, Clock clock, boolean forReading) {
        this.dataFolder = dataFolder;
        this.backend = backend;
        this.clock = clock;
        this.forReading = forReading;
        this.anchors = new ChainAnchors(dataFolder);
        Transactor tx = backend.transactor();
        this.officers = new StoredOfficerService(tx, backend.officers(), backend.audit(), clock);
        this.accounts = new StoredAccountService(tx, backend.accounts(), officers, backend.audit(), new PasswordHashing(), clock);
        Guard guard = new Guard(accounts, clock);
        this.service = new StoredAlertService(tx, backend.alerts(), backend.officers(), backend.audit(), new FollowUpRules(clock), new SecureRandom(),
                guard);
        this.drafts = new DraftService(tx, backend.drafts());
        this.groupRegister = new StoredGroupRegister(tx, backend.groups(), service, backend.audit(), clock, guard);
        this.targeting = new GroupTargeting(backend.groups(), backend.posting());
        this.checklist = new StoredPasteChecklist(tx, backend.posting(), service, targeting, backend.audit(), clock, guard);
        this.overviews = new OverviewService(backend.facts(), clock);
        this.responses = new ResponseService(tx, backend.alerts(), backend.responses(), backend.audit(), clock, guard);
        this.retention = new StoredRetentionService(tx, backend.retention(), backend.alerts(), officers,
                backend.hygiene(), clock, guard, backend.audit());
        this.queuedSendService = new QueuedSendService(tx, service, backend.queuedSends(), clock);
    }

    /** The services over {@code meldtafel.db} in {@code dataFolder}, not opened yet: see {@link #open()}. */
    public static Storage at(Path dataFolder, Clock clock) {
        return new Storage(dataFolder, SqliteBackend.in(dataFolder, clock), clock, false);
    }

    /** The services over a new log built in one go in {@code dataFolder}, not opened yet: see {@link LogBuiltAside}. */
    static Storage forBulkLoad(Path dataFolder, Clock clock) {
        return new Storage(dataFolder, SqliteBackend.forBulkLoad(dataFolder, clock), clock, false);
    }

    /**
     * The services over any backend (a server's, for instance), not opened yet: see {@link #open()}.
     * {@code dataFolder} keeps this desk's chain anchors whatever the backend.
     */
    public static Storage on(Path dataFolder, Backend backend, Clock clock) {
        return new Storage(dataFolder, backend, clock, false);
    }

    /**
     * Creates the folder if needed and opens {@code meldtafel.db} in it.
     *
     * @param clock the desk's clock; its zone decides ISO weeks and backup dates
     * @throws StorageException with reason CORRUPT (see {@link #moveAside}), NEWER_VERSION, READ_ONLY, ...
     */
    public static Storage open(Path dataFolder, Clock clock) {
        Storage storage = at(dataFolder, clock);
        storage.open();
        return storage;
    }

    /** Opens the log (creating or upgrading it) and starts the current chain form in it. */
    @Override
    public void open() {
        backend.open(() -> ChainForm.ensureCurrent(backend.transactor(), backend.audit(), backend.chainFacts(), clock,
                OsAccount.current()));
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
                return opened(new Storage(dataFolder, SqliteBackend.ofFile(dataFolder, file, clock), clock, true));
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.READ_ONLY) {
                    throw e;
                }
            }
        }
        Path copy = databaseFile(PrivateFiles.createFolder(workFolder));
        Database.copyWithJournal(file, copy);
        return opened(new Storage(dataFolder, SqliteBackend.ofFile(dataFolder, copy, clock), clock, true));
    }

    private static Storage opened(Storage forReading) {
        forReading.backend.open(() -> { });
        return forReading;
    }

    public static Path databaseFile(Path dataFolder) {
        return dataFolder.resolve(DataFolder.DATABASE_FILE);
    }

    /** Renames a damaged database in {@code dataFolder} aside so the next {@link #open} starts fresh. */
    public static Path moveAside(Path dataFolder, Clock clock) {
        return Database.moveAside(databaseFile(dataFolder), clock);
    }

    @Override
    public ExistingLog.AtStart atStart() {
        return backend.atStart();
    }

    @Override
    public Path moveAside() {
        return backend.moveAside();
    }

    @Override
    public String location() {
        return backend.location();
    }

    /** The shared log's {@code host:port/database}; empty for the file in the data folder. */
    public Optional<String> serverName() {
        return backend.serverName();
    }

    @Override
    public Optional<String> serverHost() {
        return backend.serverHost();
    }

    @Override
    public Optional<TeamScope> team() {
        return backend.team();
    }

    @Override
    public Path backupFolder() {
        return dataFolder.resolve(BackupService.FOLDER);
    }

    @Override
    public boolean isOpen() {
        return backend.isOpen();
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public AlertService alertService() {
        return service;
    }

    /** Searching, counting and loading alerts. */
    public AlertRepository alerts() {
        return backend.alerts();
    }

    /** The officers, each change also in the chain. */
    public OfficerService officers() {
        return officers;
    }

    /** Who may sign in, with which roles; each change and failed sign-in also in the chain. */
    public AccountService accounts() {
        return accounts;
    }

    /**
     * The same accounts with another work factor for new passwords: for tests that set many on a JVM without
     * C2. A password checks against the work factor it was stored with, whatever this desk's is.
     */
    public AccountService accountsWith(PasswordHashing hashing) {
        return new StoredAccountService(backend.transactor(), backend.accounts(), officers, backend.audit(), hashing, clock);
    }

    public DraftRepository drafts() {
        return backend.drafts();
    }

    public DraftService draftService() {
        return drafts;
    }

    public AuditLog audit() {
        return backend.audit();
    }

    public ChainVerifier verifier() {
        return new ChainVerifier(backend.audit(), backend.alerts(), backend.chainFacts());
    }

    /**
     * Verifies the whole chain reading ahead (see {@link ChainVerifier#readingAhead}), the rows through a
     * second reader of the log. Outside any transaction.
     */
    public VerificationReport verifyReadingAhead(Optional<ExpectedHead> expected) {
        try (Backend.SecondReader second = backend.secondReader()) {
            return verifier().readingAhead(second.alerts(), second.chainFacts()).verify(expected);
        }
    }

    /** The file backups; refused on a backend whose database system makes its own. */
    public BackupService backups() {
        return backend.fileBackups().orElseThrow(() -> new StorageException(StorageException.Reason.OTHER,
                "This log is on a server: its backups are the server's own, not files of this desk"));
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
    public QueuedSendRepository queuedSends() {
        return backend.queuedSends();
    }

    /** What other desks change in the log, for the screens to show it at once. */
    public LogChanges changes() {
        return backend.changes();
    }

    /** Records what the desk copied while the log could not. */
    public QueuedSendService queuedSendService() {
        return queuedSendService;
    }

    /**
     * Runs many service calls as one transaction, for bulk loads (demo data, imports): one commit and
     * one fsync for the lot instead of one per call. Each call's checks and audit entries are exactly
     * those of a single call; the durability settings stay as they are, a crash loses the whole batch.
     */
    public <T> T inOneTransaction(String action, Supplier<T> work) {
        return backend.transactor().inTransaction(action, work);
    }

    /**
     * Runs a bulk load (the demo log) with the search index built once at its end from every text,
     * instead of alert by alert; search finds the loaded alerts once this returns. A log built aside
     * also has the indexes of lists and reports built at the end: {@code work} must not ask for those.
     */
    public <T> T withIndexesBuiltAfter(Supplier<T> work) {
        return backend.withIndexesBuiltAfter(work);
    }

    Database database() {
        return ((SqliteBackend) backend).database();
    }

    /** The backend under the services, for tests that check a repository through the desk's own log. */
    Backend backend() {
        return backend;
    }

    /** Whether a retention run or backup holds the database now: a send then queues instead of waiting. */
    @Override
    public boolean isBusy() {
        return backend.isBusy();
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
        AuditLog audit = backend.audit();
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
        Optional<Path> made = backend.fileBackups().flatMap(BackupService::dailyIfDue);
        if (made.isPresent()) {
            anchorHead();
        }
        return made;
    }

    /**
     * After long work (a redaction run, the backup): the log's cache gives back the pages it holds, and
     * the heap what that work left. The serial collector returns heap to the PC only at a full
     * collection, and an idle desk collects nothing; the desk shares its PC with a browser.
     */
    public void releaseMemory() {
        backend.releaseMemory();
        System.gc();
    }

    /** Sets (null clears) the second anchor place and anchors the head there at once; returns the files written. */
    public List<Path> useSecondAnchorPlace(Path folder) throws IOException {
        anchors.setSecondPlace(folder);
        return anchorHead();
    }

    public ChainAnchors anchors() {
        return anchors;
    }

    /** Closes the log; a desk (not a verification) first anchors the chain head: a clean close. */
    @Override
    public void close() {
        if (!backend.isOpen()) {
            return;
        }
        try {
            if (!forReading) {
                anchorHead();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The chain head was not anchored at close", e);
        } finally {
            backend.close();
        }
    }
}

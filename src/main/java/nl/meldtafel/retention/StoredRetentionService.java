package nl.meldtafel.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.meldtafel.template.MessageKind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.alert.PermissionCheck;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecords;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.alert.Transactor;

/**
 * Retention of personal data: the periods per kind, holds, and the redaction run that removes the
 * content of finished alerts once their period passed. Calls block; run them off the FX thread.
 */
public final class StoredRetentionService implements RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(StoredRetentionService.class);
    /** From this many texts due, a run cleans the search index once at its end: see {@link #leaveSearchCleanupToTheEnd}. */
    static final long CLEANUP_AT_END_FROM = 1_000;

    private final Transactor tx;
    private final RetentionRepository repository;
    private final AlertRepository alerts;
    private final OfficerService officers;
    private final StorageHygiene hygiene;
    private final Clock clock;
    private final PermissionCheck permissions;
    private final AuditLog audit;

    public StoredRetentionService(Transactor tx, RetentionRepository repository, AlertRepository alerts,
                            OfficerService officers, StorageHygiene hygiene, Clock clock, PermissionCheck permissions,
                            AuditLog audit) {
        this.permissions = permissions;
        this.audit = audit;
        this.tx = tx;
        this.repository = repository;
        this.alerts = alerts;
        this.officers = officers;
        this.hygiene = hygiene;
        this.clock = clock;
    }

    @Override
    public RetentionPolicy policy() {
        return repository.policy();
    }

    @Override
    public void savePolicy(RetentionPolicy policy, Actor actor) {
        permissions.require(actor, Permission.RETENTION);
        tx.inTransaction("Could not save the retention periods", () -> {
            Instant at = clock.instant();
            repository.savePolicy(policy, actor.officer().id(), at);
            Map<String, Integer> days = new java.util.TreeMap<>();
            policy.days().forEach((kind, n) -> days.put(kind.name().toLowerCase(java.util.Locale.ROOT), n));
            audit.append(AuditRecords.settingChanged("retention", days, at, actor));
            return null;
        });
    }

    @Override
    public List<Hold> holds() {
        return repository.holds();
    }

    @Override
    public List<Hold> holdsOf(long alertId) {
        return repository.holdsOf(alertId);
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Hold placeHold(long alertId, String reason, LocalDate until, Actor actor) {
        permissions.require(actor, Permission.RETENTION);
        String cleanReason = HoldRules.checkedReason(reason);
        HoldRules.requireEndAfter(until, today());
        return tx.inTransaction("Could not place the hold on alert " + alertId, () -> {
            HoldRules.requireKeepable(alerts.find(alertId).orElseThrow(() -> new IllegalArgumentException("There is no alert " + alertId)));
            Instant at = clock.instant();
            long id = repository.placeHold(alertId, cleanReason, until, actor.officer().id(), actor.osAccount(), at);
            audit.append(AuditRecords.holdPlaced(alertId, id, until, at, actor));
            return repository.holdsOf(alertId).stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        });
    }

    @Override
    public void liftHold(long holdId, Actor actor) {
        permissions.require(actor, Permission.RETENTION);
        tx.inTransaction("Could not lift the hold", () -> {
            Instant at = clock.instant();
            long alertId = repository.liftHold(holdId, actor.officer().id(), at);
            audit.append(AuditRecords.holdLifted(alertId, holdId, at, actor));
            return null;
        });
    }

    @Override
    public RedactionReport run() {
        return run(RunProgress.NONE);
    }

    /**
     * Redacts what is due a page of the log at a time (its size kept to a short transaction, see
     * {@link PageSize}), each page in its own transaction with its own chain entry, so the desk's own work
     * gets the log between pages and a run stopped anywhere keeps what it did: the next run plans the rest
     * at its own time. Then clears the write-ahead log and the backups of the removed content.
     */
    @Override
    public RedactionReport run(RunProgress progress) {
        long started = System.nanoTime();
        // whole milliseconds, as redaction times are stored: each batch's time must differ from the last one's
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = today();
        RetentionPolicy policy = repository.policy();
        long top = repository.highestAlertId();
        List<RedactionReport.Batch> batches = new ArrayList<>();
        int held = 0;
        long done = 0;
        progress.reached(0);
        boolean cleanupAtEnd = leaveSearchCleanupToTheEnd(policy, now);
        PageSize size = new PageSize();
        while (done < top && !progress.stopRequested()) {
            long from = done;
            long to = Math.min(top, done + size.next());
            long pageStarted = System.nanoTime();
            Instant previous = batches.isEmpty() ? null : batches.get(batches.size() - 1).at();
            Page page = tx.inTransaction("Could not remove the content of old alerts",
                    () -> redactPage(from, to, policy, today, now, previous));
            size.took(System.nanoTime() - pageStarted);
            page.batch().ifPresent(batches::add);
            held = page.held();
            done = to;
            progress.reached((double) done / top);
        }
        boolean finished = done >= top;
        if (finished && cleanupAtEnd) {
            long cleanupStarted = System.nanoTime();
            tx.inTransaction("Could not rebuild the search index", () -> {
                repository.cleanSearchIndex();
                return null;
            });
            LOG.info("Retention: search index rebuilt without the removed texts in {} ms", millisSince(cleanupStarted));
        }
        int drafts = finished ? tx.inTransaction("Could not delete old drafts",
                () -> repository.deleteDraftsSavedBefore(now.minus(policy.shortest()))) : 0;
        long count = batches.stream().mapToLong(RedactionReport.Batch::count).sum();
        LOG.info("Retention: {} alerts redacted in {} batches, {} held, {} drafts deleted in {} ms{}", count, batches.size(),
                held, drafts, millisSince(started), finished ? "" : " (stopped; the next run goes on)");
        long hygieneStarted = System.nanoTime();
        boolean cleared = hygiene.checkpoint();
        StorageHygiene.BackupCleanup backups = hygiene.cleanBackups(policy.longest(), now.minus(policy.shortest()));
        LOG.info("Retention: checkpoint {}, {} backups removed, backup refreshed: {}, in {} ms",
                cleared ? "cleared the WAL" : "could not clear the WAL (a reader held it)", backups.removed().size(),
                backups.refreshed(), millisSince(hygieneStarted));
        return new RedactionReport(batches, held, drafts, backups.removed(), backups.refreshed(), cleared, finished);
    }

    /**
     * A first run on a large log, or one after a long time off, has many alerts due. Taking each text out
     * of the search index costs some 15 ms an alert (secure-delete rewrites every index page with one of
     * its words), hours for a year's backlog; rebuilding the index from the texts that remain costs about
     * as much as 1,000 of those on a year's log of a million alerts. A run that stopped halfway left it to
     * this one.
     */
    private boolean leaveSearchCleanupToTheEnd(RetentionPolicy policy, Instant now) {
        if (repository.searchCleanupLeft()) {
            return true;
        }
        Map<MessageKind, Instant> cutoffs = new EnumMap<>(MessageKind.class);
        policy.days().keySet().forEach(kind -> cutoffs.put(kind, now.minus(policy.periodFor(kind))));
        if (repository.textsLoggedBefore(cutoffs, CLEANUP_AT_END_FROM) < CLEANUP_AT_END_FROM) {
            return false;
        }
        tx.inTransaction("Could not prepare the redaction run", () -> {
            repository.leaveSearchCleanupToTheEnd();
            return null;
        });
        return true;
    }

    /**
     * Holds are read again for every page: one placed while the run goes on is respected.
     *
     * @param previous the time of this run's last batch, null before its first
     */
    private Page redactPage(long fromId, long toId, RetentionPolicy policy, LocalDate today, Instant now,
                            Instant previous) {
        Set<Long> held = new HashSet<>();
        repository.holds().stream().filter(h -> h.activeOn(today)).forEach(h -> held.add(h.alertId()));
        List<Long> due = RedactionPlanner.due(repository.chainsRootedIn(fromId, toId), policy, held, now);
        if (due.isEmpty()) {
            return new Page(Optional.empty(), held.size());
        }
        // each batch gets its own instant: the chain entry finds its alerts by it. The latest redaction is
        // looked up once per run (a scan of every alert), then each batch takes the next millisecond.
        Instant at = previous != null ? previous.plusMillis(1) : repository.latestRedaction()
                .filter(last -> !last.isBefore(now)).map(last -> last.plusMillis(1)).orElse(now);
        repository.redact(due, at, AuditRecords.redacted(due, at, systemOfficer(), OsAccount.current()));
        return new Page(Optional.of(new RedactionReport.Batch(at, due.size(), due.get(0), due.get(due.size() - 1))),
                held.size());
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private record Page(Optional<RedactionReport.Batch> batch, int held) {
    }

    private Officer systemOfficer() {
        return officers.findByPersonnelNumber(SYSTEM_PERSONNEL_NUMBER)
                .orElseGet(() -> officers.register(SYSTEM_NAME, SYSTEM_PERSONNEL_NUMBER));
    }
}

package nl.meldtafel.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertRepository;
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

    private final Transactor tx;
    private final RetentionRepository repository;
    private final AlertRepository alerts;
    private final OfficerService officers;
    private final StorageHygiene hygiene;
    private final Clock clock;

    public StoredRetentionService(Transactor tx, RetentionRepository repository, AlertRepository alerts,
                            OfficerService officers, StorageHygiene hygiene, Clock clock) {
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
        tx.inTransaction("Could not save the retention periods", () -> {
            repository.savePolicy(policy, actor.officer().id(), clock.instant());
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
        String cleanReason = HoldRules.checkedReason(reason);
        HoldRules.requireEndAfter(until, today());
        return tx.inTransaction("Could not place the hold on alert " + alertId, () -> {
            HoldRules.requireKeepable(alerts.find(alertId).orElseThrow(() -> new IllegalArgumentException("There is no alert " + alertId)));
            long id = repository.placeHold(alertId, cleanReason, until, actor.officer().id(), actor.osAccount(),
                    clock.instant());
            return repository.holdsOf(alertId).stream().filter(h -> h.id() == id).findFirst().orElseThrow();
        });
    }

    @Override
    public void liftHold(long holdId, Actor actor) {
        tx.inTransaction("Could not lift the hold", () -> {
            repository.liftHold(holdId, actor.officer().id(), clock.instant());
            return null;
        });
    }

    /**
     * Redacts what is due in one transaction with its audit entry, then clears the write-ahead log
     * and the backups of the removed content.
     */
    @Override
    public RedactionReport run() {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = today();
        Run run = tx.inTransaction("Could not remove the content of old alerts", () -> {
            RetentionPolicy policy = repository.policy();
            Set<Long> held = new HashSet<>();
            repository.holds().stream().filter(h -> h.activeOn(today)).forEach(h -> held.add(h.alertId()));
            List<Long> due = RedactionPlanner.due(repository.unredactedChains(), policy, held, now);
            // each run gets its own instant: the chain entry finds its alerts by it
            Instant at = repository.latestRedaction().filter(last -> !last.isBefore(now))
                    .map(last -> last.plusMillis(1)).orElse(now);
            if (!due.isEmpty()) {
                repository.redact(due, at, AuditRecords.redacted(due, at, systemOfficer(), OsAccount.current()));
            }
            int drafts = repository.deleteDraftsSavedBefore(now.minus(policy.shortest()));
            return new Run(at, due, held.size(), drafts, policy);
        });
        LOG.info("Retention: {} alerts redacted, {} held, {} drafts deleted in {} ms", run.ids.size(), run.held, run.drafts,
                millisSince(started));
        long hygieneStarted = System.nanoTime();
        boolean cleared = hygiene.checkpoint();
        StorageHygiene.BackupCleanup backups = hygiene.cleanBackups(run.policy.longest(), now.minus(run.policy.shortest()));
        LOG.info("Retention: checkpoint {}, {} backups removed, backup refreshed: {}, in {} ms",
                cleared ? "cleared the WAL" : "could not clear the WAL (a reader held it)", backups.removed().size(),
                backups.refreshed(), millisSince(hygieneStarted));
        return new RedactionReport(run.at, run.ids, run.held, run.drafts, backups.removed(), backups.refreshed(), cleared);
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private record Run(Instant at, List<Long> ids, int held, int drafts, RetentionPolicy policy) {
    }

    private Officer systemOfficer() {
        return officers.findByPersonnelNumber(SYSTEM_PERSONNEL_NUMBER)
                .orElseGet(() -> officers.register(SYSTEM_NAME, SYSTEM_PERSONNEL_NUMBER));
    }
}

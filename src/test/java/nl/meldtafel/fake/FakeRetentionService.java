package nl.meldtafel.fake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.HoldRules;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.retention.RunProgress;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionService;

/**
 * Retention periods and holds in memory, over the alerts beside it, for testing a view alone;
 * {@link RetentionServiceContractTest} keeps it like the stored one. The redaction run is not faked.
 */
public final class FakeRetentionService implements RetentionService {

    private static final Comparator<Hold> NEWEST_FIRST = Comparator.comparing(Hold::placedAt).thenComparingLong(Hold::id).reversed();

    private final FakeAlertService alerts;
    private final OfficerService officers;
    private final Clock clock;
    private final List<Hold> holds = new ArrayList<>();
    private RetentionPolicy policy = RetentionPolicy.defaults();

    public FakeRetentionService(FakeAlertService alerts, OfficerService officers, Clock clock) {
        this.alerts = alerts;
        this.officers = officers;
        this.clock = clock;
    }

    @Override
    public synchronized RetentionPolicy policy() {
        return policy;
    }

    @Override
    public synchronized void savePolicy(RetentionPolicy policy, Actor actor) {
        this.policy = policy;
    }

    @Override
    public synchronized List<Hold> holds() {
        return holds.stream().map(this::withPlacerName).sorted(NEWEST_FIRST).toList();
    }

    @Override
    public synchronized List<Hold> holdsOf(long alertId) {
        return holds().stream().filter(h -> h.alertId() == alertId).toList();
    }

    /** The placer's name as the officer is called now, as the stored log reads it. */
    private Hold withPlacerName(Hold h) {
        return new Hold(h.id(), h.alertId(), h.reason(), h.until(), h.placedAt(), h.placedBy(),
                officers.find(h.placedBy()).map(Officer::name).orElse(h.placedByName()), h.liftedAt(), h.liftedBy());
    }

    @Override
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public synchronized Hold placeHold(long alertId, String reason, LocalDate until, Actor actor) {
        String cleanReason = HoldRules.checkedReason(reason);
        HoldRules.requireEndAfter(until, today());
        HoldRules.requireKeepable(alerts.find(alertId).orElseThrow(() -> new IllegalArgumentException("There is no alert " + alertId)));
        Hold hold = new Hold(holds.size() + 1, alertId, cleanReason, until, clock.instant(), actor.officer().id(),
                actor.officer().name(), null, null);
        holds.add(hold);
        return hold;
    }

    @Override
    public synchronized void liftHold(long holdId, Actor actor) {
        holds.replaceAll(h -> h.id() != holdId || h.liftedAt() != null ? h : new Hold(h.id(), h.alertId(), h.reason(),
                h.until(), h.placedAt(), h.placedBy(), h.placedByName(), clock.instant(), actor.officer().id()));
    }

    /** Redaction is about the log on disk (its index, WAL and backups): test it on a stored log. */
    @Override
    public RedactionReport run() {
        return run(RunProgress.NONE);
    }

    @Override
    public RedactionReport run(RunProgress progress) {
        throw new UnsupportedOperationException("FakeRetentionService does not redact; test retention runs on a stored log");
    }
}

package nl.meldtafel.shift;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.ResponseService;
import nl.meldtafel.template.MessageKind;

/**
 * Builds a wijkagent's Dagoverzicht from the log: each part is one query on his wijken, so a large log
 * costs no more than a Logboek page. Calls block; run them off the FX thread.
 */
public final class ShiftStart {

    /** How far back "sent since your last shift" looks for someone who never signed in before. */
    static final Duration FIRST_SHIFT = Duration.ofHours(24);
    /** Responses are recorded within days; older alerts without one are for the Logboek, not the shift start. */
    static final Duration RESPONSE_WINDOW = Duration.ofDays(14);
    /** At most this many alerts per part; the overview shows the first few and the count. */
    static final int LIMIT = AlertQuery.MAX_LIMIT;

    private final AlertService alerts;
    private final ResponseService responses;
    private final Clock clock;

    public ShiftStart(AlertService alerts, ResponseService responses, Clock clock) {
        this.alerts = alerts;
        this.responses = responses;
        this.clock = clock;
    }

    /** The overview of {@code wijken} for a shift that starts now; {@code previousSignIn} null the first time. */
    public ShiftSummary of(List<String> wijken, Instant previousSignIn) {
        Instant now = clock.instant();
        Instant since = previousSignIn != null ? previousSignIn : now.minus(FIRST_SHIFT);
        AlertQuery mine = AlertQuery.all().wijken(null, wijken).limit(LIMIT);

        Set<Long> openIds = Set.copyOf(alerts.open(null).stream().map(AlertRow::id).toList());
        List<AlertRow> open = openIds.isEmpty() ? List.of() : alerts.search(mine.ids(openIds)).items();
        int overdue = (int) open.stream().filter(r -> FollowUpRules.overdue(true, r.dueAt(), now)).count();

        List<AlertRow> sent = alerts.search(mine.period(since, null)).items().stream()
                .filter(r -> r.status() != AlertStatus.PENDING).toList();

        List<AlertRow> recent = alerts.search(mine.period(now.minus(RESPONSE_WINDOW), null)).items().stream()
                .filter(r -> r.status() != AlertStatus.PENDING && r.kind() != MessageKind.AFLOOPBERICHT).toList();
        Set<Long> recorded = responses.recorded(recent.stream().map(AlertRow::id).toList());
        List<AlertRow> toRecord = recent.stream().filter(r -> !recorded.contains(r.id())).toList();

        return new ShiftSummary(wijken, since, previousSignIn == null, open, overdue, sent, toRecord);
    }
}

package nl.meldtafel.weekly;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/** A hand-built log of alerts as the repository would return them, for counting without a database. */
final class LogAlerts {

    static final Instant SENT = Instant.parse("2026-11-18T13:00:00Z");
    private static final Officer OFFICER = new Officer(1, "J. de Vries", "123456");
    private static final FollowUpPolicy AWAITS = new FollowUpPolicy(true, Duration.ofMinutes(60), null);

    private final List<Alert> inPeriod = new ArrayList<>();
    private long nextId = 1;

    /** An alert that waits for an afloopbericht and has none yet. */
    Alert open(MessageKind kind, String valuesJson) {
        return add(alert(kind, valuesJson, AlertStatus.SENT, awaits(kind), null, null));
    }

    /** An alert that needs no afloopbericht (getuigenoproep, waarschuwing). */
    Alert sent(MessageKind kind, String valuesJson) {
        return add(alert(kind, valuesJson, AlertStatus.SENT, FollowUpPolicy.NONE, null, null));
    }

    Alert pending(MessageKind kind, String valuesJson) {
        return add(alert(kind, valuesJson, AlertStatus.PENDING, awaits(kind), null, null));
    }

    /** Closed by an afloopbericht with these values (null: removed by retention); the afloopbericht is logged too. */
    Alert closedByAfloop(MessageKind kind, String valuesJson, String afloopValuesJson) {
        long originalId = nextId++;
        Alert afloop = add(alert(MessageKind.AFLOOPBERICHT, afloopValuesJson, AlertStatus.SENT, FollowUpPolicy.NONE,
                originalId, null));
        // as the desk does when the afloopbericht is confirmed: the outcome is kept on the original
        Closure closure = new Closure(SENT.plusSeconds(1800), afloop.id(), null, 1, "desk",
                AlertOutcome.ofValues(afloopValuesJson).orElse(null), null);
        return add(new Alert(originalId, kind, kind.jsonName(), "hash", valuesJson, "tekst", OFFICER, "desk", SENT, SENT,
                AlertStatus.CLOSED, awaits(kind), null, null, null, List.of(), closure, null));
    }

    /** Closed without an afloopbericht, with a reason the officer typed. */
    Alert closedWithReason(MessageKind kind, String valuesJson, String reason) {
        Closure closure = new Closure(SENT.plusSeconds(1800), null, reason, 1, "desk", null, CloseCategory.ANDERS);
        return add(alert(kind, valuesJson, AlertStatus.CLOSED, awaits(kind), null, closure));
    }

    Alert update(Alert parent, String valuesJson) {
        return add(alert(parent.kind(), valuesJson, AlertStatus.SENT, FollowUpPolicy.NONE, parent.id(), null));
    }

    Tally tally() {
        return WeeklyCounter.count(inPeriod);
    }

    List<Alert> all() {
        return List.copyOf(inPeriod);
    }

    private static FollowUpPolicy awaits(MessageKind kind) {
        return kind == MessageKind.HETERDAAD || kind == MessageKind.VERMISSING ? AWAITS : FollowUpPolicy.NONE;
    }

    private Alert alert(MessageKind kind, String valuesJson, AlertStatus status, FollowUpPolicy followUp, Long parentId,
                        Closure closure) {
        Instant sentAt = status == AlertStatus.PENDING ? null : SENT;
        return new Alert(nextId++, kind, kind.jsonName(), "hash", valuesJson, valuesJson == null ? null : "tekst " + valuesJson,
                OFFICER, "desk", SENT, sentAt, status, followUp, null, null, parentId, List.of(), closure, null);
    }

    private Alert add(Alert alert) {
        inPeriod.add(alert);
        return alert;
    }
}

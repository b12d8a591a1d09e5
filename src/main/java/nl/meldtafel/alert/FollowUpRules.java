package nl.meldtafel.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import nl.meldtafel.template.FollowUpPolicy;

/**
 * The follow-up engine's rules: when an alert is due, what "te laat" means, how long "Later" puts a
 * reminder off, and what a vervolgbericht does to its original. Opvolging, Logboek, Overzicht and the
 * reminders all ask here. Pure apart from the injected clock, so it is tested without waiting.
 */
public final class FollowUpRules {

    /** How long "later" puts off a due prompt. */
    public static final Duration SNOOZE = Duration.ofMinutes(15);

    private final Clock clock;

    public FollowUpRules(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    /** The first due time of a just-sent alert; empty when its kind awaits no afloopbericht. */
    public Optional<Instant> firstDue(Instant sentAt, FollowUpPolicy policy) {
        return policy.awaitsClosure() ? Optional.of(sentAt.plus(policy.due())) : Optional.empty();
    }

    /** A vervolgbericht shows the case is still being worked on: the original's clock starts again. */
    public Instant dueAfterUpdate(Instant updateSentAt, FollowUpPolicy originalPolicy) {
        return updateSentAt.plus(originalPolicy.due());
    }

    /**
     * How long "Later" puts a reminder off: a repeating follow-up (a vermissing, every 2 hours) comes back
     * after its repeat, so a long search is not nagged every quarter of an hour; anything else after 15 min.
     */
    public static Duration putOff(FollowUpPolicy policy) {
        return policy != null && policy.repeatInterval().isPresent() ? policy.repeat() : SNOOZE;
    }

    /** {@link #putOff(FollowUpPolicy)} for a list row, which carries only the repeat. */
    public static Duration putOff(Duration repeat) {
        return repeat != null ? repeat : SNOOZE;
    }

    public Instant snoozedUntil(FollowUpPolicy policy) {
        return now().plus(putOff(policy));
    }

    /** The one rule for "te laat": still open (sent, awaiting its afloopbericht) and its due time reached. */
    public static boolean overdue(boolean open, Instant due, Instant now) {
        return open && due != null && !due.isAfter(now);
    }

    public boolean isOverdue(AlertRow row) {
        return overdue(row.status() == AlertStatus.SENT, row.dueAt(), now());
    }

    /**
     * What a new message waits for: a vervolgbericht restarts its original's clock and waits for no
     * afloopbericht of its own; everything else follows its template.
     */
    public static FollowUpPolicy policyOfNew(FollowUpPolicy templatePolicy, boolean closesParent, Long parentId) {
        return parentId != null && !closesParent ? FollowUpPolicy.NONE : templatePolicy;
    }

    /** The ISO week ("2026-W05") of {@code t} in the desk's time zone, for weekly counts. */
    public String isoWeek(Instant t) {
        ZonedDateTime local = t.atZone(clock.getZone());
        int week = local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        // not String.format: this runs inside every confirmation's transaction
        return local.get(IsoFields.WEEK_BASED_YEAR) + (week < 10 ? "-W0" : "-W") + week;
    }
}

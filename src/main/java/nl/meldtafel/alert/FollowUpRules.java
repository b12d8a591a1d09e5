package nl.meldtafel.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;
import nl.meldtafel.template.FollowUpPolicy;

/** When follow-ups are due. Pure apart from the injected clock, so it is tested without waiting. */
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

    public Instant snoozedUntil() {
        return now().plus(SNOOZE);
    }

    public boolean isOverdue(Instant due) {
        return due != null && !due.isAfter(now());
    }

    /**
     * For a repeating policy whose due time has passed: the previous due plus whole repeats, the first
     * one still ahead (missed repeats, e.g. overnight, are not stacked). Empty when nothing repeats or
     * the due time has not passed yet.
     */
    public Optional<Instant> nextRepeat(Instant due, FollowUpPolicy policy) {
        Instant now = now();
        if (due == null || due.isAfter(now) || policy.repeatInterval().isEmpty()) {
            return Optional.empty();
        }
        long repeatMs = policy.repeat().toMillis();
        long passed = Duration.between(due, now).toMillis();
        long steps = passed / repeatMs + 1;
        return Optional.of(due.plusMillis(steps * repeatMs));
    }

    /** The ISO week ("2026-W05") of {@code t} in the desk's time zone, for weekly counts. */
    public String isoWeek(Instant t) {
        ZonedDateTime local = t.atZone(clock.getZone());
        return String.format("%04d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}

package nl.meldtafel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import nl.meldtafel.template.FollowUpPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FollowUpRulesTest {

    private static final Instant SENT = Instant.parse("2026-11-23T10:00:00Z");
    private static final FollowUpPolicy HETERDAAD = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
    private static final FollowUpPolicy VERMISSING = new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2));

    private static FollowUpRules at(String instant) {
        return new FollowUpRules(Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Amsterdam")));
    }

    @Test
    void firstDueIsSendTimePlusPolicyAndNoneForKindsWithoutFollowUp() {
        FollowUpRules rules = at("2026-11-23T10:00:00Z");

        assertEquals(Optional.of(SENT.plus(Duration.ofHours(1))), rules.firstDue(SENT, HETERDAAD));
        assertEquals(Optional.empty(), rules.firstDue(SENT, FollowUpPolicy.NONE));
    }

    @ParameterizedTest(name = "now {0} -> next {1}")
    @CsvSource({
        "2026-11-23T12:00:00Z, 2026-11-23T14:00:00Z",
        "2026-11-23T13:59:59Z, 2026-11-23T14:00:00Z",
        "2026-11-23T14:00:00Z, 2026-11-23T16:00:00Z",
        "2026-11-24T03:30:00Z, 2026-11-24T04:00:00Z"
    })
    void vermissingNextDueIsPreviousDuePlusWholeRepeatsAfterNow(String now, String next) {
        Instant due = SENT.plus(Duration.ofHours(2));

        assertEquals(Optional.of(Instant.parse(next)), at(now).nextRepeat(due, VERMISSING));
    }

    @Test
    void nothingRepeatsBeforeTheDueTimeOrWithoutARepeatInterval() {
        Instant due = SENT.plus(Duration.ofHours(2));

        assertEquals(Optional.empty(), at("2026-11-23T11:59:59Z").nextRepeat(due, VERMISSING));
        assertEquals(Optional.empty(), at("2026-11-23T15:00:00Z").nextRepeat(due, HETERDAAD));
    }

    @Test
    void updateRestartsTheOriginalsClock() {
        assertEquals(Instant.parse("2026-11-23T11:40:00Z"),
                at("2026-11-23T10:40:00Z").dueAfterUpdate(Instant.parse("2026-11-23T10:40:00Z"), HETERDAAD));
    }

    @Test
    void overdueIncludesTheDueMomentItself() {
        FollowUpRules rules = at("2026-11-23T11:00:00Z");

        assertTrue(rules.isOverdue(Instant.parse("2026-11-23T11:00:00Z")));
        assertFalse(rules.isOverdue(Instant.parse("2026-11-23T11:00:01Z")));
        assertFalse(rules.isOverdue(null));
    }

    @Test
    void snoozeIsFifteenMinutesFromNow() {
        assertEquals(Instant.parse("2026-11-23T11:15:00Z"), at("2026-11-23T11:00:00Z").snoozedUntil());
    }

    @ParameterizedTest
    @CsvSource({
        "2026-11-22T22:59:59Z, 2026-W47",
        "2026-11-22T23:00:00Z, 2026-W48",
        "2026-12-31T12:00:00Z, 2026-W53",
        "2027-01-04T12:00:00Z, 2027-W01"
    })
    void isoWeekIsTakenInTheDesksTimeZone(String instant, String week) {
        assertEquals(week, at(instant).isoWeek(Instant.parse(instant)));
    }
}

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

    @Test
    void laterPutsARepeatingFollowUpOffByItsRepeatAndAnyOtherByAQuarterOfAnHour() {
        FollowUpRules rules = at("2026-11-23T12:05:00Z");

        assertEquals(Instant.parse("2026-11-23T14:05:00Z"), rules.snoozedUntil(VERMISSING));
        assertEquals(Instant.parse("2026-11-23T12:20:00Z"), rules.snoozedUntil(HETERDAAD));
        assertEquals(Duration.ofHours(2), FollowUpRules.putOff(Duration.ofHours(2)));
        assertEquals(Duration.ofMinutes(15), FollowUpRules.putOff((Duration) null));
    }

    @ParameterizedTest(name = "open {0}, due {1}, now {2} -> te laat {3}")
    @CsvSource({
        "true,  2026-11-23T12:00:00Z, 2026-11-23T11:59:59Z, false",
        "true,  2026-11-23T12:00:00Z, 2026-11-23T12:00:00Z, true",
        "true,  2026-11-23T12:00:00Z, 2026-11-24T03:00:00Z, true",
        "false, 2026-11-23T12:00:00Z, 2026-11-24T03:00:00Z, false",
        "true,  ,                     2026-11-24T03:00:00Z, false"
    })
    void overdueMeansOpenAndItsDueTimeReached(boolean open, String due, String now, boolean overdue) {
        assertEquals(overdue, FollowUpRules.overdue(open, due == null ? null : Instant.parse(due), Instant.parse(now)));
    }

    @Test
    void aVervolgberichtWaitsForNothingButAnAfloopberichtAndANewAlertFollowTheirTemplate() {
        assertEquals(FollowUpPolicy.NONE, FollowUpRules.policyOfNew(HETERDAAD, false, 7L));
        assertEquals(HETERDAAD, FollowUpRules.policyOfNew(HETERDAAD, false, null));
        assertEquals(FollowUpPolicy.NONE, FollowUpRules.policyOfNew(FollowUpPolicy.NONE, true, 7L));
    }

    @Test
    void updateRestartsTheOriginalsClock() {
        assertEquals(Instant.parse("2026-11-23T11:40:00Z"),
                at("2026-11-23T10:40:00Z").dueAfterUpdate(Instant.parse("2026-11-23T10:40:00Z"), HETERDAAD));
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

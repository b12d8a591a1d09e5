package nl.meldtafel.store;

import static nl.meldtafel.store.Fixtures.heterdaad;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.shift.ShiftStart;
import nl.meldtafel.shift.ShiftSummary;
import org.junit.jupiter.api.Test;

/** The wijkagent's Dagoverzicht on both backends: only his wijken, since his last shift, and what still needs a response. */
class ShiftStartContractTest extends StorageContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T06:00:00Z"));

    @Test
    void theOverviewShowsHisWijkensOpenAlertsWhatWentThereSinceHisLastShiftAndResponsesToRecord() {
        try (Storage s = open(clock)) {
            Actor jan = Fixtures.officer(s, "J. de Vries", "123456");
            long centrum = s.groupRegister().addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true, ""), jan);
            long noord = s.groupRegister().addGroup(new GroupInput("Beheerders Noord", "Noord", "Leiden", true, ""), jan);
            long oost = s.groupRegister().addGroup(new GroupInput("Beheerders Oost", "Oost", "Leiden", true, ""), jan);

            long before = sent(s, jan, "*HETERDAAD*\nFietsendiefstal", centrum); // before his last shift ended
            s.responses().record(before, 0, 3, 1, ResponseResult.GEEN, jan);
            clock.advance(Duration.ofHours(11));
            Instant lastShift = clock.instant();
            clock.advance(Duration.ofHours(12));
            long overdue = sent(s, jan, "*HETERDAAD*\nInbraak Markt", centrum);
            long elsewhere = sent(s, jan, "*HETERDAAD*\nStraatroof Noord", noord);
            clock.advance(Duration.ofHours(2)); // the inbraak's afloopbericht was due an hour after it
            long inOost = sent(s, jan, "*HETERDAAD*\nWinkeldiefstal Oost", oost);

            ShiftSummary summary = new ShiftStart(s.alertService(), s.responses(), clock).of(List.of("Centrum", "oost"), lastShift);

            assertEquals(List.of(inOost, overdue, before), ids(summary.open()), "open in his wijken, newest first; not Noord's");
            assertEquals(2, summary.overdue(), "the winkeldiefstal's afloopbericht is not due yet");
            assertEquals(List.of(inOost, overdue), ids(summary.sentSince()), "since his last shift, not before it");
            assertEquals(List.of(inOost, overdue), ids(summary.responsesToRecord()), "the fietsendiefstal has its response");
            assertFalse(summary.firstShift());
            assertFalse(ids(summary.open()).contains(elsewhere));

            ShiftSummary first = new ShiftStart(s.alertService(), s.responses(), clock).of(List.of("Centrum"), null);
            assertTrue(first.firstShift());
            assertEquals(clock.instant().minus(Duration.ofHours(24)), first.since(), "a first shift looks back one day");
            assertEquals(List.of(overdue), ids(first.sentSince()));

            assertTrue(new ShiftStart(s.alertService(), s.responses(), clock).of(List.of("Zuid"), lastShift).quiet());
        }
    }

    private static long sent(Storage s, Actor by, String text, long group) {
        long id = s.alertService().recordPending(heterdaad(text, group), by);
        s.alertService().confirmSent(id, by);
        return id;
    }

    private static List<Long> ids(List<AlertRow> rows) {
        return rows.stream().map(AlertRow::id).toList();
    }
}

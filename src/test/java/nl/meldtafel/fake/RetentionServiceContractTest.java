package nl.meldtafel.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.retention.Hold;
import nl.meldtafel.retention.RetentionPolicy;
import nl.meldtafel.retention.RetentionService;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What Instellingen and the Logboek's "Bewaren…" rely on from {@link RetentionService}. The redaction
 * run itself is about the log on disk and is tested there (RetentionTest, RetentionContractTest).
 */
class RetentionServiceContractTest extends ServiceContract {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Actor jan;
    private long sent;
    private long pending;

    @BeforeEach
    void alerts() {
        jan = officer("J. de Vries", "123456");
        NewAlert vermissing = new NewAlert(MessageKind.VERMISSING, "vermissing", "h", "{}", "*VERMISSING*\nJan (82).", null,
                new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2)), List.of());
        sent = alerts.recordPending(vermissing, jan);
        alerts.confirmSent(sent, jan);
        pending = alerts.recordPending(vermissing, jan);
    }

    @Test
    void thePeriodsStartAtTheDefaultsAndKeepWhatIsSaved() {
        assertEquals(RetentionPolicy.defaults(), retention.policy());
        assertEquals(7, retention.policy().daysFor(MessageKind.VERMISSING));
        assertEquals(28, retention.policy().daysFor(MessageKind.HETERDAAD));

        retention.savePolicy(retention.policy().with(MessageKind.VERMISSING, 14), jan);

        assertEquals(14, retention.policy().daysFor(MessageKind.VERMISSING));
        assertEquals(28, retention.policy().daysFor(MessageKind.HETERDAAD));
        assertEquals(TODAY, retention.today());
    }

    @Test
    void aHoldKeepsItsReasonEndAndPlacerNewestFirst() {
        Hold first = retention.placeHold(sent, "  Zaak 2026-118 ", LocalDate.of(2027, 2, 1), jan);
        clock.advance(Duration.ofMinutes(1));
        Hold second = retention.placeHold(sent, "Verlengd op verzoek OvJ", LocalDate.of(2027, 3, 1), jan);

        assertEquals("Zaak 2026-118", first.reason());
        assertEquals(sent, first.alertId());
        assertEquals(LocalDate.of(2027, 2, 1), first.until());
        assertEquals(START, first.placedAt());
        assertEquals(jan.officer().id(), first.placedBy());
        assertEquals("J. de Vries", first.placedByName());
        assertNull(first.liftedAt());
        assertTrue(first.activeOn(TODAY));
        assertEquals(List.of(second, first), retention.holdsOf(sent));
        assertEquals(List.of(second, first), retention.holds());
        assertEquals(List.of(), retention.holdsOf(pending));
    }

    @Test
    void aHoldNeedsAReasonAnEndAfterTodayAndASentAlert() {
        LocalDate later = TODAY.plusDays(30);
        assertThrows(IllegalArgumentException.class, () -> retention.placeHold(sent, " ", later, jan));
        assertThrows(IllegalArgumentException.class, () -> retention.placeHold(sent,
                "x".repeat(RetentionService.MAX_REASON_LENGTH + 1), later, jan));
        assertThrows(IllegalArgumentException.class, () -> retention.placeHold(sent, "Zaak 2026-118", TODAY, jan));
        assertThrows(IllegalArgumentException.class, () -> retention.placeHold(sent, "Zaak 2026-118", null, jan));
        assertThrows(IllegalStateException.class, () -> retention.placeHold(pending, "Zaak 2026-118", later, jan));
        assertThrows(IllegalArgumentException.class, () -> retention.placeHold(sent + 1000, "Zaak 2026-118", later, jan));
        assertEquals(List.of(), retention.holds());
    }

    @Test
    void aLiftedHoldIsKeptButNoLongerActive() {
        Hold hold = retention.placeHold(sent, "Zaak 2026-118", LocalDate.of(2027, 2, 1), jan);
        clock.advance(Duration.ofHours(1));

        retention.liftHold(hold.id(), jan);

        Hold lifted = retention.holdsOf(sent).get(0);
        assertEquals(hold.id(), lifted.id());
        assertEquals(clock.instant(), lifted.liftedAt());
        assertEquals(jan.officer().id(), lifted.liftedBy());
        assertFalse(lifted.activeOn(TODAY));
    }
}

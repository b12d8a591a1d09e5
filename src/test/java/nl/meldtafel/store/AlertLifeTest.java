package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertChain;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AlertLifeTest extends StorageContract {

    private static final Instant START = Instant.parse("2026-11-23T13:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private AlertService service;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void open() {
        storage = open(clock);
        service = storage.alertService();
        jan = Fixtures.officer(storage, "J. de Vries", "123456");
        piet = Fixtures.officer(storage, "P. Jansen", "654321");
        Fixtures.addGroups(storage, "Leiden-Zuid", "Merenwijk");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void recordedAlertIsListedAsUnconfirmedUntilConfirmed() {
        long id = service.recordPending(Fixtures.heterdaad("*POLITIEBERICHT*\nInbraak Dorpsstraat", 1L), jan);

        assertEquals(List.of(id), ids(service.unconfirmed()));
        assertEquals("Inbraak Dorpsstraat", service.unconfirmed().get(0).summary());

        clock.advance(Duration.ofSeconds(30));
        Alert sent = service.confirmSent(id, jan);

        assertTrue(service.unconfirmed().isEmpty());
        assertEquals(AlertStatus.SENT, sent.status());
        assertEquals(START.plusSeconds(30), sent.sentAt());
        assertEquals(START, sent.createdAt());
        assertEquals(List.of(1L), sent.groupIds());
        assertEquals("123456", sent.officer().personnelNumber());
    }

    @Test
    void whatEachStepHandsBackIsWhatTheLogHoldsAndTheChainSealsIt() {
        clock.advance(Duration.ofNanos(1_234_567_891)); // a PC clock finer than the log keeps
        long original = service.recordPending(Fixtures.heterdaad("Inbraak Dorpsstraat \uD83D\uDEA8", 2L, 1L, 2L), jan);
        clock.advance(Duration.ofNanos(20_987_654_321L));
        Alert sent = service.confirmSent(original, List.of(2L, 1L), jan);
        assertEquals(service.find(original).orElseThrow(), sent, "a confirmed alert as the log holds it");
        assertEquals(List.of(1L, 2L), sent.groupIds());

        clock.advance(Duration.ofNanos(600_000_000_001L));
        long afloop = service.recordPending(Fixtures.afloop(original, "Verdachte aangehouden"), piet);
        clock.advance(Duration.ofNanos(15_000_000_999L));
        Alert closing = service.confirmSent(afloop, piet);
        assertEquals(service.find(afloop).orElseThrow(), closing);
        Alert closedParent = service.find(original).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closedParent.status());
        assertEquals(closing.sentAt(), closedParent.closure().at());

        long other = service.recordPending(Fixtures.vermissing("Vermiste man"), jan);
        service.confirmSent(other, jan);
        clock.advance(Duration.ofNanos(3_000_000_777L));
        Alert closedWithReason = service.closeWithReason(other, CloseCategory.ANDERS, " vals alarm ", jan);
        assertEquals(service.find(other).orElseThrow(), closedWithReason, "a closed alert as the log holds it");

        VerificationReport chain = storage.verifier().verify(Optional.empty());
        assertTrue(chain.intact(), "the chain sealed what was stored: " + chain.problem());
    }

    @Test
    void theStatusAloneFollowsEachStepAndAnUnknownAlertHasNone() {
        long original = service.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);
        assertEquals(Optional.of(AlertStatus.PENDING), service.status(original));
        service.confirmSent(original, jan);
        assertEquals(Optional.of(AlertStatus.SENT), service.status(original));
        service.closeWithReason(original, CloseCategory.LOOS_ALARM, "vals alarm", jan);
        assertEquals(Optional.of(AlertStatus.CLOSED), service.status(original));
        assertEquals(Optional.empty(), service.status(original + 1000));
        long withoutGroups = service.recordPending(Fixtures.heterdaad("Zonder groep"), jan);
        assertEquals(List.of(), service.find(withoutGroups).orElseThrow().groupIds());
    }

    @Test
    void theFirstTickConfirmsTheAlertAndRemembersItsGroupsALaterOneNeither() {
        long first = service.recordPending(Fixtures.heterdaad("Inbraak", 2L, 1L), jan);
        clock.advance(Duration.ofSeconds(20));
        storage.pasteChecklist().tick(first, 2L, jan);
        assertEquals(AlertStatus.SENT, service.find(first).orElseThrow().status());
        assertEquals(START.plusSeconds(20), service.find(first).orElseThrow().sentAt());
        assertEquals(List.of(1L, 2L), storage.targeting().defaultFor(MessageKind.HETERDAAD).groups().stream()
                .map(g -> g.id()).sorted().toList());

        long second = service.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);
        service.confirmSent(second, jan); // "Verstuurd" without the list
        clock.advance(Duration.ofMinutes(3));
        storage.pasteChecklist().tick(second, 1L, piet);
        assertEquals(START.plusSeconds(20), service.find(second).orElseThrow().sentAt(), "confirmed once, not again");
        assertEquals(2, storage.targeting().defaultFor(MessageKind.HETERDAAD).groups().size(),
                "only a tick that confirms remembers");
        assertThrows(IllegalArgumentException.class, () -> storage.pasteChecklist().tick(second, 2L, jan));
        assertThrows(IllegalArgumentException.class, () -> storage.pasteChecklist().tick(second + 1000, 1L, jan));
    }

    @Test
    void pendingAlertSurvivesReopeningTheDatabase() {
        long id = service.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);
        storage.close();

        storage = open(clock);

        assertEquals(List.of(id), ids(storage.alertService().unconfirmed()));
    }

    @Test
    void confirmingRecordsTheGroupsItWasActuallyPostedTo() {
        long id = service.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);

        Alert sent = service.confirmSent(id, List.of(1L, 2L), jan);

        assertEquals(List.of(1L, 2L), sent.groupIds());
    }

    @Test
    void confirmingTwiceKeepsTheFirstSendTime() {
        long id = service.recordPending(Fixtures.heterdaad("Inbraak"), jan);
        Instant first = service.confirmSent(id, jan).sentAt();
        long head = storage.audit().head().orElseThrow().seq();
        clock.advance(Duration.ofMinutes(5));

        assertEquals(first, service.confirmSent(id, jan).sentAt());
        assertEquals(head, storage.audit().head().orElseThrow().seq(), "the second confirmation adds no entry");
    }

    @Test
    void anAlertRecordedLateKeepsItsTimesInTheChainWhichMarksItAsRecordedLate() {
        Instant copiedAt = START;
        Instant postedAt = START.plus(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(25)); // the server was away this long
        long head = storage.audit().head().map(h -> h.seq()).orElse(0L);

        long id = service.recordLate(Fixtures.heterdaad("Inbraak"), jan, copiedAt);
        service.confirmLate(id, piet, postedAt);

        List<AuditEntry> entries = storage.audit().entriesAfter(head, 10);
        assertEquals(List.of("COPIED " + copiedAt, "RECORDED_LATE " + clock.instant(), "SENT " + postedAt),
                entries.stream().map(e -> e.record().event() + " " + e.record().at()).toList());
        assertEquals("{\"step\":\"COPIED\",\"at\":" + copiedAt.toEpochMilli() + "}", entries.get(1).record().details());
        assertEquals(jan.officer().id(), entries.get(1).record().officerId());
        assertTrue(storage.verifier().verify(Optional.empty()).intact());

        Instant closedAt = postedAt.plus(Duration.ofMinutes(10));
        clock.advance(Duration.ofMinutes(5));
        long beforeClose = storage.audit().head().orElseThrow().seq();
        service.closeLate(id, CloseCategory.LOOS_ALARM, "vals alarm", piet, closedAt);
        assertEquals(closedAt, service.find(id).orElseThrow().closure().at());
        assertEquals(List.of("CLOSED " + closedAt, "RECORDED_LATE " + clock.instant()),
                storage.audit().entriesAfter(beforeClose, 10).stream().map(e -> e.record().event() + " " + e.record().at()).toList());
        assertTrue(storage.verifier().verify(Optional.empty()).intact(), "a second mark for the same alert is no replay");
    }

    @Test
    void heterdaadIsDueAnHourAfterSending() {
        long id = sent(Fixtures.heterdaad("Inbraak"));

        assertEquals(START.plus(Duration.ofMinutes(60)), service.find(id).orElseThrow().dueAt());
        assertEquals(List.of(id), ids(service.open(null)));
        assertTrue(service.overdue(null).isEmpty());

        clock.advance(Duration.ofMinutes(61));
        assertEquals(List.of(id), ids(service.overdue(MessageKind.HETERDAAD)));
        assertTrue(service.overdue(MessageKind.VERMISSING).isEmpty());
    }

    @Test
    void dueWithinListsAlertsDueSoonButNotOverdueOnes() {
        long overdue = sent(Fixtures.heterdaad("eerste"));
        clock.advance(Duration.ofMinutes(50));
        long soon = sent(Fixtures.heterdaad("tweede"));
        clock.advance(Duration.ofMinutes(50)); // first is 40 min overdue, second due in 10

        assertEquals(List.of(soon), ids(service.dueWithin(Duration.ofMinutes(15), null)));
        assertEquals(List.of(overdue), ids(service.overdue(null)));
        assertTrue(service.dueWithin(Duration.ofMinutes(5), null).isEmpty());
    }

    @Test
    void kindWithoutFollowUpIsNeverOpen() {
        long id = sent(Fixtures.getuigenoproep("Getuigen gezocht"));

        assertNull(service.find(id).orElseThrow().dueAt());
        assertTrue(service.open(null).isEmpty());
    }

    @Test
    void updateKeepsOriginalOpenAndMovesItsDueTime() {
        long original = sent(Fixtures.heterdaad("Inbraak"));
        clock.advance(Duration.ofMinutes(40));

        long update = sent(Fixtures.update(original, "Verdachte gezien bij station"));

        Alert o = service.find(original).orElseThrow();
        assertEquals(AlertStatus.SENT, o.status());
        assertEquals(START.plus(Duration.ofMinutes(100)), o.dueAt());
        assertEquals(original, service.find(update).orElseThrow().parentId());
    }

    @Test
    void sentAfloopberichtClosesTheOriginal() {
        long original = sent(Fixtures.heterdaad("Inbraak"));
        clock.advance(Duration.ofMinutes(45));
        long afloop = service.recordPending(Fixtures.afloop(original, "Verdachte aangehouden"), piet);

        assertEquals(AlertStatus.SENT, service.find(original).orElseThrow().status(), "pending afloop closes nothing yet");
        service.confirmSent(afloop, piet);

        Alert closed = service.find(original).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closed.status());
        assertEquals(afloop, closed.closure().byAlertId());
        assertEquals(piet.officer().id(), closed.closure().officerId());
        assertEquals(START.plus(Duration.ofMinutes(45)), closed.closure().at());
        assertTrue(service.open(null).isEmpty());
    }

    @Test
    void afloopberichtForAClosedAlertIsRefused() {
        long original = sent(Fixtures.heterdaad("Inbraak"));
        service.closeWithReason(original, CloseCategory.ANDERS, "Melding bleek onjuist", jan);

        assertThrows(IllegalStateException.class, () -> service.recordPending(Fixtures.afloop(original, "Aangehouden"), jan));
    }

    @Test
    void closingWithoutMessageNeedsAReasonAndRecordsWhoAndWhen() {
        long id = sent(Fixtures.heterdaad("Inbraak"));

        assertThrows(IllegalArgumentException.class, () -> service.closeWithReason(id, CloseCategory.ANDERS, "  ", jan));
        assertEquals(AlertStatus.SENT, service.find(id).orElseThrow().status());

        clock.advance(Duration.ofMinutes(10));
        Alert closed = service.closeWithReason(id, CloseCategory.ANDERS, "Actie beëindigd", piet);

        assertEquals(AlertStatus.CLOSED, closed.status());
        assertEquals("Actie beëindigd", closed.closure().reason());
        assertEquals(piet.officer().id(), closed.closure().officerId());
        assertEquals(START.plus(Duration.ofMinutes(10)), closed.closure().at());
        assertNull(closed.dueAt());
    }

    @Test
    void closingAClosedAlertAgainIsRefused() {
        long id = sent(Fixtures.heterdaad("Inbraak"));
        service.closeWithReason(id, CloseCategory.ANDERS, "Onjuist", jan);

        assertThrows(IllegalStateException.class, () -> service.closeWithReason(id, CloseCategory.ANDERS, "nogmaals", jan));
    }

    @Test
    void snoozePutsTheDuePromptOffFifteenMinutesAndRecordsWho() {
        long id = sent(Fixtures.heterdaad("Inbraak"));
        clock.advance(Duration.ofMinutes(65));

        Alert snoozed = service.snooze(id, piet);

        assertEquals(START.plus(Duration.ofMinutes(80)), snoozed.dueAt());
        assertEquals(piet.officer().id(), snoozed.snooze().officerId());
        assertEquals(START.plus(Duration.ofMinutes(65)), snoozed.snooze().at());
        assertTrue(service.overdue(null).isEmpty());
    }

    @Test
    void laterPutsAVermissingOffByItsRepeatOfTwoHoursSoItComesBackWhileOpen() {
        long id = sent(Fixtures.vermissing("Vermist: Jan"));
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        assertEquals(List.of(id), ids(service.overdue(null)));

        Alert snoozed = service.snooze(id, piet);

        assertEquals(START.plus(Duration.ofHours(4).plusMinutes(1)), snoozed.dueAt());
        assertTrue(service.overdue(null).isEmpty());
        clock.advance(Duration.ofHours(2));
        assertEquals(List.of(id), ids(service.overdue(null)), "due again two hours later");
    }

    @Test
    void chainShowsOriginalUpdatesAndAfloopFromAnyMember() {
        long original = sent(Fixtures.heterdaad("Inbraak"));
        clock.advance(Duration.ofMinutes(10));
        long update = sent(Fixtures.update(original, "Update"));
        clock.advance(Duration.ofMinutes(10));
        long afloop = sent(Fixtures.afloop(original, "Aangehouden"));

        for (long member : new long[] {original, update, afloop}) {
            AlertChain chain = service.chainOf(member);
            assertEquals(original, chain.original().id());
            assertEquals(List.of(update), chain.updates().stream().map(Alert::id).toList());
            assertEquals(afloop, chain.afloopbericht().orElseThrow().id());
        }
    }

    @Test
    void discardedPendingAlertIsGoneButSentOneCannotBeDiscarded() {
        long pending = service.recordPending(Fixtures.heterdaad("Niet geplaatst", 1L), jan);
        long sent = sent(Fixtures.heterdaad("Geplaatst"));

        service.discardPending(pending, jan);

        assertTrue(service.find(pending).isEmpty());
        assertThrows(IllegalStateException.class, () -> service.discardPending(sent, jan));
        assertTrue(service.find(sent).isPresent());
    }

    @Test
    void loneSurrogateInTextIsRejectedNamingTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> service.recordPending(Fixtures.heterdaad("Inbraak \uD83D om 14.32"), jan));
        assertTrue(e.getMessage().contains("message text"), e.getMessage());
        assertTrue(service.unconfirmed().isEmpty());
    }

    @Test
    void emojiInTextIsStoredExactly() {
        String text = "Inbraak 🚨 Dorpsstraat – verdachte 🏃";
        long id = sent(Fixtures.heterdaad(text));

        assertEquals(text, service.find(id).orElseThrow().text());
    }

    @Test
    void draftIsRestoredPerOfficerAndCanBeDeleted() {
        storage.drafts().save(new Draft(jan.officer().id(), "heterdaad", "{\"locatie\":\"Dorpsstraat\"}", START));
        storage.drafts().save(new Draft(jan.officer().id(), "heterdaad", "{\"locatie\":\"Kerkstraat\"}", START.plusSeconds(5)));
        storage.close();
        storage = open(clock);

        Draft restored = storage.drafts().find(jan.officer().id(), "heterdaad").orElseThrow();
        assertEquals("{\"locatie\":\"Kerkstraat\"}", restored.valuesJson());
        assertTrue(storage.drafts().find(piet.officer().id(), "heterdaad").isEmpty());

        storage.drafts().delete(jan.officer().id(), "heterdaad");
        assertFalse(storage.drafts().find(jan.officer().id(), "heterdaad").isPresent());
    }

    @Test
    void registeringAKnownPersonnelNumberRenamesTheSameOfficer() {
        long id = jan.officer().id();

        assertEquals(id, storage.officers().register("Jan de Vries", "123456").id());
        assertEquals("Jan de Vries", storage.officers().find(id).orElseThrow().name());
    }

    private long sent(nl.meldtafel.alert.NewAlert alert) {
        long id = service.recordPending(alert, jan);
        service.confirmSent(id, jan);
        return id;
    }

    private static List<Long> ids(List<AlertRow> rows) {
        return rows.stream().map(AlertRow::id).toList();
    }
}

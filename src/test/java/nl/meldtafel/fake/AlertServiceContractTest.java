package nl.meldtafel.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertAlreadyClosedException;
import nl.meldtafel.alert.AlertChain;
import nl.meldtafel.alert.AlertPutOffMeanwhileException;
import nl.meldtafel.alert.AlertOutcome;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Page;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the Opvolging, the Logboek and the compose screen rely on from {@link nl.meldtafel.alert.AlertService}. */
class AlertServiceContractTest extends ServiceContract {

    private static final FollowUpPolicy HOUR = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
    private static final FollowUpPolicy VERMISSING = new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2));

    private Actor jan;
    private Actor piet;

    @BeforeEach
    void officers() {
        jan = officer("J. de Vries", "123456");
        piet = officer("P. Jansen", "234567");
    }

    private static NewAlert heterdaad(String text, Long... groups) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{\"delict\":\"Woninginbraak\"}", text, null, HOUR,
                List.of(groups));
    }

    private static NewAlert update(long parent, String text) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}", text, parent, FollowUpPolicy.NONE, List.of());
    }

    private static NewAlert afloop(long parent, String uitkomst) {
        return new NewAlert(MessageKind.AFLOOPBERICHT, "afloopbericht", "h", "{\"uitkomst\":\"" + uitkomst + "\"}",
                "*AFLOOPBERICHT*\nAfgerond.", parent, FollowUpPolicy.NONE, List.of());
    }

    private long sent(NewAlert alert, Actor by) {
        long id = alerts.recordPending(alert, by);
        alerts.confirmSent(id, by);
        return id;
    }

    @Test
    void aRecordedAlertWaitsUnconfirmedWithItsSummaryAndOfficer() {
        long id = alerts.recordPending(heterdaad("*HETERDAAD*\nStraatroof op de Markt."), jan);

        Alert a = alerts.find(id).orElseThrow();
        assertEquals(AlertStatus.PENDING, a.status());
        assertEquals(START, a.createdAt());
        assertNull(a.sentAt());
        assertEquals(jan.officer(), a.officer());
        AlertRow row = alerts.unconfirmed().get(0);
        assertEquals(List.of(id), alerts.unconfirmed().stream().map(AlertRow::id).toList());
        assertEquals("Straatroof op de Markt.", row.summary());
        assertEquals("J. de Vries", row.officerName());
        assertEquals(List.of(), alerts.open(null), "not open before it is confirmed");
        assertEquals(Optional.empty(), alerts.find(id + 1000));
    }

    @Test
    void confirmingStartsTheFollowUpClockAndASecondConfirmChangesNothing() {
        long id = alerts.recordPending(heterdaad("*HETERDAAD*\nInbraak."), jan);
        clock.advance(Duration.ofMinutes(2));

        Alert sent = alerts.confirmSent(id, jan);
        clock.advance(Duration.ofMinutes(5));
        Alert again = alerts.confirmSent(id, piet);

        assertEquals(AlertStatus.SENT, sent.status());
        assertEquals(START.plus(Duration.ofMinutes(2)), sent.sentAt());
        assertEquals(START.plus(Duration.ofMinutes(62)), sent.dueAt());
        assertEquals(sent, again);
        assertEquals(List.of(), alerts.unconfirmed());
        assertEquals(List.of(id), alerts.open(null).stream().map(AlertRow::id).toList());
        assertEquals(List.of(id), alerts.open(MessageKind.HETERDAAD).stream().map(AlertRow::id).toList());
        assertEquals(List.of(), alerts.open(MessageKind.VERMISSING));
    }

    @Test
    void confirmingWithGroupsKeepsExactlyThoseGroups() {
        long noord = register.addGroup(new GroupInput("Centrum Noord", "Centrum", "Leiden", true, ""), null);
        long west = register.addGroup(new GroupInput("Centrum West", "Centrum", "Leiden", true, ""), null);
        long id = alerts.recordPending(heterdaad("*HETERDAAD*\nInbraak.", noord, west), jan);
        assertEquals(List.of(noord, west), alerts.find(id).orElseThrow().groupIds());

        alerts.confirmSent(id, List.of(west), jan);

        assertEquals(List.of(west), alerts.find(id).orElseThrow().groupIds());
    }

    @Test
    void anUpdateRestartsTheOriginalsClockAndAnAfloopberichtClosesItWithItsOutcome() {
        long original = sent(heterdaad("*HETERDAAD*\nInbraak Dorpsstraat."), jan);
        clock.advance(Duration.ofMinutes(40));
        long update = sent(update(original, "*UPDATE*\nNu lopend."), jan);
        assertEquals(START.plus(Duration.ofMinutes(100)), alerts.find(original).orElseThrow().dueAt());
        clock.advance(Duration.ofMinutes(10));

        long afloop = alerts.recordPending(afloop(original, "aangehouden"), piet);
        Alert confirmed = alerts.confirmSent(afloop, piet);

        assertEquals(alerts.find(afloop).orElseThrow(), confirmed, "what confirming returns is what the log holds");

        Alert closed = alerts.find(original).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closed.status());
        assertNull(closed.dueAt());
        assertEquals(afloop, closed.closure().byAlertId());
        assertEquals(START.plus(Duration.ofMinutes(50)), closed.closure().at());
        assertEquals(piet.officer().id(), closed.closure().officerId());
        assertEquals(AlertOutcome.AANGEHOUDEN, closed.closure().outcome());
        assertNull(closed.closure().reason());
        AlertChain chain = alerts.chainOf(update);
        assertEquals(original, chain.original().id());
        assertEquals(List.of(update), chain.updates().stream().map(Alert::id).toList());
        assertEquals(afloop, chain.afloopbericht().orElseThrow().id());
        assertEquals(chain, alerts.chainOf(afloop));
        assertEquals(List.of(), alerts.open(null));
        AlertRow row = alerts.search(AlertQuery.all().ids(java.util.Set.of(original))).items().get(0);
        assertEquals(Optional.of(Duration.ofMinutes(50)), row.timeToFollowUp());
    }

    @Test
    void aFollowUpNeedsAConfirmedOriginalAndAnAfloopberichtAnOpenOne() {
        long pending = alerts.recordPending(heterdaad("*HETERDAAD*\nInbraak."), jan);
        assertThrows(IllegalStateException.class, () -> alerts.recordPending(update(pending, "*UPDATE*\nx"), jan));

        long original = sent(heterdaad("*HETERDAAD*\nOverval."), jan);
        alerts.closeWithReason(original, CloseCategory.DUBBEL, "dubbel verstuurd", jan);

        assertThrows(IllegalStateException.class, () -> alerts.recordPending(afloop(original, "aangehouden"), jan));
        assertThrows(IllegalArgumentException.class, () -> alerts.recordPending(update(original + 1000, "*UPDATE*\nx"), jan));
        assertThrows(IllegalArgumentException.class, () -> alerts.chainOf(original + 1000));
    }

    @Test
    void closingWithoutAfloopberichtNeedsACategoryAndAReasonAndOnlyOnce() {
        long id = sent(heterdaad("*HETERDAAD*\nInbraak."), jan);
        long pending = alerts.recordPending(heterdaad("*HETERDAAD*\nOverval."), jan);
        clock.advance(Duration.ofMinutes(5));

        assertThrows(IllegalArgumentException.class, () -> alerts.closeWithReason(id, null, "vals alarm", jan));
        assertThrows(IllegalArgumentException.class, () -> alerts.closeWithReason(id, CloseCategory.ANDERS, "  ", jan));
        assertThrows(IllegalStateException.class, () -> alerts.closeWithReason(pending, CloseCategory.ANDERS, "vals alarm", jan));
        assertEquals(AlertStatus.SENT, alerts.find(id).orElseThrow().status(), "nothing closed by a refused call");

        Alert closed = alerts.closeWithReason(id, CloseCategory.LOOS_ALARM, "  vals alarm ", piet);

        assertEquals(AlertStatus.CLOSED, closed.status());
        assertEquals("vals alarm", closed.closure().reason());
        assertEquals(CloseCategory.LOOS_ALARM, closed.closure().category());
        assertEquals(piet.officer().id(), closed.closure().officerId());
        assertEquals(START.plus(Duration.ofMinutes(5)), closed.closure().at());
        assertNull(closed.closure().byAlertId());
        assertEquals(alerts.find(id).orElseThrow(), closed, "what closing returns is what the log holds");
        assertThrows(IllegalStateException.class, () -> alerts.closeWithReason(id, CloseCategory.ANDERS, "nog eens", jan));
    }

    @Test
    void actingOnAnAlertSomeoneElseClosedSaysWhoClosedItWhenAndHow() {
        long id = sent(heterdaad("*HETERDAAD*\nInbraak."), jan);
        clock.advance(Duration.ofMinutes(7));
        alerts.closeWithReason(id, CloseCategory.LOOS_ALARM, "vals alarm", piet);

        AlertAlreadyClosedException close = assertThrows(AlertAlreadyClosedException.class,
                () -> alerts.closeWithReason(id, CloseCategory.ANDERS, "dubbel", jan));
        assertEquals(id, close.alertId());
        assertEquals("P. Jansen", close.closedBy().orElseThrow().name());
        assertEquals(START.plus(Duration.ofMinutes(7)), close.closure().at());
        assertEquals(CloseCategory.LOOS_ALARM, close.closure().category());

        assertThrows(AlertAlreadyClosedException.class, () -> alerts.snooze(id, jan));
        AlertAlreadyClosedException afloop = assertThrows(AlertAlreadyClosedException.class,
                () -> alerts.recordPending(afloop(id, "aangehouden"), jan));
        assertEquals("P. Jansen", afloop.closedBy().orElseThrow().name());
        assertEquals("vals alarm", alerts.find(id).orElseThrow().closure().reason(), "the first closing stands");
    }

    @Test
    void anAlertRecordedLateKeepsTheTimesItWasCopiedAndPostedAndIsDueFromThen() {
        clock.advance(Duration.ofHours(2)); // the server was away; now it answers again
        Instant copiedAt = START.plus(Duration.ofMinutes(10));
        Instant postedAt = START.plus(Duration.ofMinutes(11));

        long id = alerts.recordLate(heterdaad("*HETERDAAD*\nInbraak Dorpsstraat."), jan, copiedAt);
        Alert sent = alerts.confirmLate(id, piet, postedAt);

        assertEquals(copiedAt, sent.createdAt());
        assertEquals(postedAt, sent.sentAt());
        assertEquals(postedAt.plus(Duration.ofMinutes(60)), sent.dueAt());
        assertEquals(List.of(id), alerts.overdue(null).stream().map(AlertRow::id).toList(),
                "due an hour after it was posted, so overdue by now");
        assertEquals(sent, alerts.confirmLate(id, jan, clock.instant()), "a second confirmation changes nothing");
    }

    @Test
    void anAfloopberichtCopiedWhileAwayIsRecordedEvenWhenAnotherDeskClosedTheOriginalMeanwhile() {
        long original = sent(heterdaad("*HETERDAAD*\nInbraak."), jan);
        Instant copiedAt = START.plus(Duration.ofMinutes(20));
        clock.advance(Duration.ofMinutes(30));
        alerts.closeWithReason(original, CloseCategory.LOOS_ALARM, "vals alarm", piet);
        clock.advance(Duration.ofMinutes(10));

        long afloop = alerts.recordLate(afloop(original, "aangehouden"), jan, copiedAt);
        Alert posted = alerts.confirmLate(afloop, jan, copiedAt.plusSeconds(30));

        assertEquals(AlertStatus.SENT, posted.status(), "it was posted, so it is in the log");
        assertEquals(original, posted.parentId());
        assertEquals("vals alarm", alerts.find(original).orElseThrow().closure().reason(), "the first closing stands");
        long pending = alerts.recordPending(heterdaad("*HETERDAAD*\nOverval."), jan);
        assertThrows(IllegalStateException.class, () -> alerts.recordLate(update(pending, "*UPDATE*\nx"), jan, copiedAt),
                "a follow-up still needs a confirmed original");
    }

    @Test
    void laterPutsAHeterdaadOffAQuarterAndAVermissingItsRepeat() {
        long heterdaad = sent(heterdaad("*HETERDAAD*\nInbraak."), jan);
        long vermissing = sent(new NewAlert(MessageKind.VERMISSING, "vermissing", "h", "{}", "*VERMISSING*\nJan (82).",
                null, VERMISSING, List.of()), jan);
        long call = sent(new NewAlert(MessageKind.GETUIGENOPROEP, "getuigenoproep", "h", "{}", "*GETUIGENOPROEP*\nWie zag het?",
                null, FollowUpPolicy.NONE, List.of()), jan);
        clock.advance(Duration.ofMinutes(61));

        Alert snoozed = alerts.snooze(heterdaad, piet);

        assertEquals(clock.instant().plus(Duration.ofMinutes(15)), snoozed.dueAt());
        assertEquals(piet.officer().id(), snoozed.snooze().officerId());
        assertEquals(clock.instant(), snoozed.snooze().at());
        assertEquals(clock.instant().plus(Duration.ofHours(2)), alerts.snooze(vermissing, jan).dueAt());
        assertThrows(IllegalStateException.class, () -> alerts.snooze(call, jan), "a getuigenoproep waits for nothing");
    }

    @Test
    void laterOnAReminderSomeoneElsePutOffMeanwhileIsRefusedNamingThemAndChangesNothing() {
        long id = sent(heterdaad("*HETERDAAD*\nInbraak."), jan);
        clock.advance(Duration.ofMinutes(61));
        Instant dueSeen = alerts.find(id).orElseThrow().dueAt(); // both desks show the reminder due at this time

        Alert first = alerts.snooze(id, dueSeen, piet);
        clock.advance(Duration.ofSeconds(20));
        AlertPutOffMeanwhileException second = assertThrows(AlertPutOffMeanwhileException.class,
                () -> alerts.snooze(id, dueSeen, jan));

        assertEquals("P. Jansen", second.by().orElseThrow().name());
        assertEquals(first.snooze().at(), second.snooze().at());
        assertEquals(first.dueAt(), second.until());
        assertEquals(first.dueAt(), alerts.find(id).orElseThrow().dueAt(), "not stretched a second time");
        assertEquals(clock.instant().plus(Duration.ofMinutes(15)),
                alerts.snooze(id, first.dueAt(), jan).dueAt(), "a desk that saw the new due time may put it off again");
    }

    @Test
    void overdueAndDueSoonSplitTheOpenAlertsAtNow() {
        long first = sent(heterdaad("*HETERDAAD*\nEerste."), jan);
        clock.advance(Duration.ofMinutes(30));
        long second = sent(heterdaad("*HETERDAAD*\nTweede."), jan);
        clock.advance(Duration.ofMinutes(30)); // the first is due now, the second in 30 minutes

        assertEquals(List.of(first), alerts.overdue(null).stream().map(AlertRow::id).toList());
        assertEquals(List.of(second), alerts.dueWithin(Duration.ofMinutes(30), null).stream().map(AlertRow::id).toList());
        assertEquals(List.of(), alerts.dueWithin(Duration.ofMinutes(29), null));
        assertEquals(List.of(first, second), alerts.open(null).stream().map(AlertRow::id).toList());
        assertEquals(List.of(), alerts.overdue(MessageKind.VERMISSING));
    }

    @Test
    void onlyAnUnconfirmedAlertCanBeDiscarded() {
        long pending = alerts.recordPending(heterdaad("*HETERDAAD*\nInbraak."), jan);
        long sent = sent(heterdaad("*HETERDAAD*\nOverval."), jan);

        alerts.discardPending(pending, jan);

        assertEquals(Optional.empty(), alerts.find(pending));
        assertEquals(List.of(), alerts.unconfirmed());
        assertThrows(IllegalStateException.class, () -> alerts.discardPending(sent, jan));
        assertTrue(alerts.find(sent).isPresent());
    }

    @Test
    void theLogIsNewestFirstAPageAtATimeWithoutRepeats() {
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            recorded.add(0, sent(heterdaad("*HETERDAAD*\nMelding " + i + "."), jan));
            if (i % 2 == 0) {
                clock.advance(Duration.ofMinutes(1)); // some share a time: the id keeps the order
            }
        }
        long pending = alerts.recordPending(heterdaad("*HETERDAAD*\nNog niet bevestigd."), jan);
        recorded.add(0, pending);

        List<Long> seen = new ArrayList<>();
        Page<AlertRow> page = alerts.search(AlertQuery.all().limit(3));
        seen.addAll(page.items().stream().map(AlertRow::id).toList());
        while (page.next().isPresent()) {
            page = alerts.search(AlertQuery.all().limit(3).after(page.next().get()));
            seen.addAll(page.items().stream().map(AlertRow::id).toList());
        }

        assertEquals(recorded, seen);
        assertFalse(alerts.search(AlertQuery.all().limit(8)).next().isPresent(), "no next page after the last row");
    }

    @Test
    void theLogFiltersOnKindStatusOfficerPeriodGroupAndIds() {
        long centrum = register.addGroup(new GroupInput("Centrum Noord", "Centrum", "Leiden", true, ""), null);
        long open = sent(heterdaad("*HETERDAAD*\nInbraak.", centrum), jan);
        clock.advance(Duration.ofHours(1));
        long missing = sent(new NewAlert(MessageKind.VERMISSING, "vermissing", "h", "{}", "*VERMISSING*\nJan (82).",
                null, VERMISSING, List.of()), piet);
        long pending = alerts.recordPending(heterdaad("*HETERDAAD*\nOverval."), piet);

        assertEquals(List.of(missing), ids(AlertQuery.all().kinds(MessageKind.VERMISSING)));
        assertEquals(List.of(pending), ids(AlertQuery.all().statuses(AlertStatus.PENDING)));
        assertEquals(List.of(pending, missing), ids(AlertQuery.all().officer(piet.officer().id())));
        assertEquals(List.of(open), ids(AlertQuery.all().period(START, START.plus(Duration.ofHours(1)))));
        assertEquals(List.of(pending, missing), ids(AlertQuery.all().period(START.plus(Duration.ofHours(1)), null)));
        assertEquals(List.of(open), ids(AlertQuery.all().group(centrum)));
        assertEquals(List.of(open), ids(AlertQuery.all().gemeente("leiden")));
        assertEquals(List.of(open), ids(AlertQuery.all().wijk("Leiden", "centrum")));
        assertEquals(List.of(), ids(AlertQuery.all().wijk(null, "Merenwijk")));
        long noord = register.addGroup(new GroupInput("Noord", "Noord", "Leiden", true, ""), null);
        long inNoord = sent(heterdaad("*HETERDAAD*\nStraatroof.", noord), jan);
        assertEquals(List.of(inNoord, open), ids(AlertQuery.all().wijken(null, List.of("noord", "Centrum", "Merenwijk"))),
                "a wijkagent's own wijken: any of them");
        assertEquals(List.of(inNoord), ids(AlertQuery.all().wijken("Leiden", List.of("Noord"))));
        assertEquals(List.of(inNoord, pending, missing, open), ids(AlertQuery.all().wijken(null, List.of())), "none: any");
        assertEquals(List.of(pending, open), ids(AlertQuery.all().ids(java.util.Set.of(open, pending))));
    }

    @Test
    void searchFindsEveryWordALongOneAnywhereAShortOneAtTheStartOfAWord() {
        long inbraak = sent(heterdaad("*HETERDAAD*\nWoninginbraak aan de Dorpsstraat, kenteken D-123-BC."), jan);
        long roof = sent(heterdaad("*HETERDAAD*\nStraatroof op het Stationsplein, café De Zwaan."), jan);

        assertEquals(List.of(inbraak), ids(AlertQuery.all().text("inbraak")));
        assertEquals(List.of(inbraak), ids(AlertQuery.all().text("123")));
        assertEquals(List.of(roof, inbraak), ids(AlertQuery.all().text("STRAAT")));
        assertEquals(List.of(roof), ids(AlertQuery.all().text("cafe zwaan")), "accents and case do not count");
        assertEquals(List.of(), ids(AlertQuery.all().text("zwaan kerkplein")), "every word must occur");
        assertEquals(List.of(roof), ids(AlertQuery.all().text("st")), "a short word starts a word");
        assertEquals(List.of(), ids(AlertQuery.all().text("oo")), "not inside one");
        assertEquals(List.of(inbraak), ids(AlertQuery.all().text("(Dorpsstraat,")), "punctuation around a word is ignored");
        assertEquals(List.of(roof, inbraak), ids(AlertQuery.all().text("  ")));
    }

    private List<Long> ids(AlertQuery query) {
        return alerts.search(query).items().stream().map(AlertRow::id).toList();
    }
}

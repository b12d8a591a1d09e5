package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.KindWeekCount;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Page;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs on both backends: the same search gives the same alerts on SQLite and on PostgreSQL. */
class LogSearchTest extends StorageContract {

    private static final Instant START = Instant.parse("2026-11-16T08:00:00Z"); // Monday, ISO week 47

    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private AlertService service;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void setUp() {
        storage = open(clock);
        service = storage.alertService();
        Fixtures.addGroups(storage, "Leiden-Zuid", "Merenwijk");
        jan = Fixtures.officer(storage, "J. de Vries", "1");
        piet = Fixtures.officer(storage, "P. Jansen", "2");
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    @Test
    void pagesWalkTheWholeLogNewestFirstWithoutGapsOrRepeats() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            expected.add(0, sent(Fixtures.heterdaad("Melding " + i), jan));
            if (i % 3 != 0) {
                clock.advance(Duration.ofMinutes(1)); // several alerts share a time: the id breaks the tie
            }
        }

        List<Long> seen = new ArrayList<>();
        AlertQuery q = AlertQuery.all().limit(5);
        Page<AlertRow> page;
        do {
            page = storage.alerts().search(q);
            page.items().forEach(r -> seen.add(r.id()));
            q = page.next().map(q::after).orElse(null);
        } while (q != null);

        assertEquals(expected, seen);
    }

    @Test
    void aWordInMostAlertsPagesNewestFirstWithoutGapsOrRepeatsAndSkipsTheOthers() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            long id = sent(Fixtures.heterdaad(i % 4 == 3 ? "Vermiste fiets " + i : "Woninginbraak melding " + i), jan);
            if (i % 4 != 3) {
                expected.add(0, id);
            }
            if (i % 3 != 0) {
                clock.advance(Duration.ofMinutes(1));
            }
        }

        List<Long> seen = new ArrayList<>();
        AlertQuery q = AlertQuery.all().text("inbraak").limit(4);
        Page<AlertRow> page;
        do {
            page = storage.alerts().search(q);
            page.items().forEach(r -> seen.add(r.id()));
            q = page.next().map(q::after).orElse(null);
        } while (q != null);

        assertEquals(expected, seen);
    }

    @Test
    void lastPageHasNoNextCursor() {
        sent(Fixtures.heterdaad("een"), jan);
        sent(Fixtures.heterdaad("twee"), jan);

        assertEquals(Optional.empty(), storage.alerts().search(AlertQuery.all().limit(2)).next());
        assertTrue(storage.alerts().search(AlertQuery.all().limit(1)).next().isPresent());
    }

    @Test
    void unconfirmedAlertsSortByCreationTimeAndSentOnesBySendTime() {
        long early = service.recordPending(Fixtures.heterdaad("vroeg aangemaakt"), jan);
        clock.advance(Duration.ofMinutes(5));
        long other = sent(Fixtures.heterdaad("tussendoor"), jan);
        clock.advance(Duration.ofMinutes(5));
        service.confirmSent(early, jan);

        assertEquals(List.of(early, other), ids(storage.alerts().search(AlertQuery.all())));
    }

    @Test
    void filtersByKindStatusOfficerPeriodAndGroup() {
        long h1 = sent(Fixtures.heterdaad("Inbraak", 1L), jan);
        clock.advance(Duration.ofHours(1));
        long v1 = sent(Fixtures.vermissing("Vermist"), piet);
        clock.advance(Duration.ofHours(1));
        long h2 = sent(Fixtures.heterdaad("Overval", 2L), piet);
        service.closeWithReason(h2, CloseCategory.ANDERS, "Onjuist", piet);
        long p = service.recordPending(Fixtures.heterdaad("Concept", 1L), jan);

        assertEquals(List.of(v1), ids(storage.alerts().search(AlertQuery.all().kinds(MessageKind.VERMISSING))));
        assertEquals(List.of(h2), ids(storage.alerts().search(AlertQuery.all().statuses(AlertStatus.CLOSED))));
        assertEquals(List.of(p), ids(storage.alerts().search(AlertQuery.all().statuses(AlertStatus.PENDING))));
        assertEquals(List.of(p, h1), ids(storage.alerts().search(AlertQuery.all().officer(jan.officer().id()))));
        assertEquals(List.of(p, h1), ids(storage.alerts().search(AlertQuery.all().group(1L))));
        assertEquals(List.of(v1), ids(storage.alerts().search(
                AlertQuery.all().period(START.plus(Duration.ofMinutes(30)), START.plus(Duration.ofMinutes(90))))));
        assertEquals(List.of(h1), ids(storage.alerts().search(
                AlertQuery.all().kinds(MessageKind.HETERDAAD).statuses(AlertStatus.SENT))));
    }

    @Test
    void textSearchFindsWordsPrefixesAndIgnoresAccents() {
        long a = sent(Fixtures.heterdaad("Woninginbraak aan de Dorpsstraat, kenteken D-123-BC"), jan);
        long b = sent(Fixtures.heterdaad("Straatroof bij het station, café De Gouden Leeuw"), jan);

        assertEquals(List.of(a), ids(storage.alerts().search(AlertQuery.all().text("dorpsstraat"))));
        assertEquals(List.of(a), ids(storage.alerts().search(AlertQuery.all().text("woning"))), "prefix of the last word");
        assertEquals(List.of(b), ids(storage.alerts().search(AlertQuery.all().text("cafe gouden"))));
        assertEquals(List.of(a), ids(storage.alerts().search(AlertQuery.all().text("D-123-BC"))));
        assertTrue(storage.alerts().search(AlertQuery.all().text("dorps station")).items().isEmpty(), "all words must match");
        long c = sent(Fixtures.heterdaad("Woningen aan de Stationsweg"), jan);
        assertEquals(List.of(c, a), ids(storage.alerts().search(AlertQuery.all().text("WONING"))), "every word with the prefix");
        assertEquals(List.of(c), ids(storage.alerts().search(AlertQuery.all().text("stationsweg won"))));
        assertEquals(List.of(c, b), ids(storage.alerts().search(AlertQuery.all().text("stat"))));
    }

    @Test
    void searchFindsPartsOfCompoundWordsAndPlates() {
        long inbraak = sent(Fixtures.heterdaad("*Dit is een politiebericht*\nWoninginbraak aan de Hoofdweg, kenteken D-123-BC"), jan);
        long fiets = sent(Fixtures.heterdaad("Fietsendiefstal bij het station; dader op een damesfiets"), jan);
        long other = sent(Fixtures.vermissing("Vermist: man van 80, loopt met een rollator"), jan);

        assertEquals(List.of(inbraak), ids(storage.alerts().search(AlertQuery.all().text("inbraak"))));
        assertEquals(List.of(fiets), ids(storage.alerts().search(AlertQuery.all().text("fiets"))), "start and end of words");
        assertEquals(List.of(inbraak), ids(storage.alerts().search(AlertQuery.all().text("123"))));
        assertEquals(List.of(inbraak), ids(storage.alerts().search(AlertQuery.all().text("d-123"))));
        assertEquals(List.of(fiets), ids(storage.alerts().search(AlertQuery.all().text("DIEFSTAL station"))));
        assertEquals(List.of(inbraak), ids(storage.alerts().search(AlertQuery.all().text("\"inbraak\","))), "punctuation around");
        assertEquals(List.of(other), ids(storage.alerts().search(AlertQuery.all().text("ollat"))));
        assertTrue(storage.alerts().search(AlertQuery.all().text("inbraak fiets")).items().isEmpty(), "every part must match");
    }

    @Test
    void oneOrTwoCharactersMatchTheStartOfWords() {
        long inbraak = sent(Fixtures.heterdaad("Woninginbraak aan de Hoofdweg, kenteken D-123-BC om 12.30 uur"), jan);
        long fiets = sent(Fixtures.heterdaad("Fietsendiefstal bij het station"), jan);

        assertEquals(List.of(fiets), ids(storage.alerts().search(AlertQuery.all().text("f"))));
        assertEquals(List.of(fiets), ids(storage.alerts().search(AlertQuery.all().text("st"))), "station, not 'diefstal'");
        assertEquals(List.of(inbraak), ids(storage.alerts().search(AlertQuery.all().text("12"))));
        assertTrue(storage.alerts().search(AlertQuery.all().text("nb")).items().isEmpty(), "not inside a word");
        assertEquals(List.of(inbraak), ids(storage.alerts().search(AlertQuery.all().text("inbraak d"))), "mixed: part and start");
        assertTrue(storage.alerts().search(AlertQuery.all().text("station d")).items().isEmpty());
    }

    /** Numbers joined by punctuation are words of their own on both backends, as the desk's index splits them. */
    @Test
    void aWordStartFindsNumbersInsidePhoneNumbersPlatesAndTimes() {
        long phone = sent(Fixtures.heterdaad("Getuige bereikbaar op 06-12345678"), jan);
        long plate = sent(Fixtures.heterdaad("Kenteken 34-XK-12, richting A4"), jan);
        long time = sent(Fixtures.heterdaad("Gezien om 14.12/14.15 uur"), jan);
        sent(Fixtures.heterdaad("Niets met twaalf"), jan);

        assertEquals(List.of(time, plate, phone), ids(storage.alerts().search(AlertQuery.all().text("12"))));
        assertEquals(List.of(plate), ids(storage.alerts().search(AlertQuery.all().text("xk"))));
        assertEquals(List.of(plate), ids(storage.alerts().search(AlertQuery.all().text("a4"))));
    }

    @Test
    void redactedTextLeavesBothSearchIndexes() throws java.sql.SQLException {
        long gone = sent(Fixtures.heterdaad("Woninginbraak, verdachte Qwertyman"), jan);
        long kept = sent(Fixtures.heterdaad("Woninginbraak, verdachte Azertyman"), jan);
        rawExec("UPDATE alert SET values_json = NULL, text = NULL, content_salt = NULL, redacted_at = 1 WHERE id = " + gone);

        assertEquals(List.of(kept), ids(storage.alerts().search(AlertQuery.all().text("inbraak"))));
        assertTrue(storage.alerts().search(AlertQuery.all().text("qwerty")).items().isEmpty());
        assertTrue(storage.alerts().search(AlertQuery.all().text("q")).items().isEmpty());
        assertEquals(List.of(kept), ids(storage.alerts().search(AlertQuery.all().text("a"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "dorps\"", "NOT", "a AND OR", "NEAR(", "*", "text:inbraak", "(", "^dorp", "-", "'; DROP TABLE alert; --"})
    void searchTextWithFtsSyntaxNeverFails(String typed) {
        sent(Fixtures.heterdaad("Woninginbraak Dorpsstraat"), jan);

        Page<AlertRow> page = storage.alerts().search(AlertQuery.all().text(typed));

        assertTrue(page.items().size() <= 1);
        assertEquals(1, storage.alerts().search(AlertQuery.all()).items().size());
    }

    @Test
    void searchTextCombinesWithFiltersAndPaging() {
        List<Long> hits = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            hits.add(0, sent(Fixtures.heterdaad("Inbraak nummer " + i), jan));
            sent(Fixtures.vermissing("Inbraak? nee, vermissing " + i), jan);
            clock.advance(Duration.ofMinutes(1));
        }

        List<Long> seen = new ArrayList<>();
        AlertQuery q = AlertQuery.all().text("inbraak").kinds(MessageKind.HETERDAAD).limit(3);
        while (q != null) {
            Page<AlertRow> page = storage.alerts().search(q);
            page.items().forEach(r -> seen.add(r.id()));
            q = page.next().map(q::after).orElse(null);
        }
        assertEquals(hits, seen);
    }

    @Test
    void textAndGroupSearchesKeepLogOrderWhenIdsAndLogTimesDisagree() {
        long late = service.recordPending(Fixtures.heterdaad("Inbraak, laat bevestigd", 1L), jan);
        for (int i = 0; i < 6; i++) {
            clock.advance(Duration.ofMinutes(1));
            sent(Fixtures.heterdaad("Inbraak " + i, 1L), jan);
        }
        clock.advance(Duration.ofMinutes(1));
        service.confirmSent(late, jan); // confirmed after the others: first in the log despite its small id
        clock.advance(Duration.ofMinutes(-30)); // the desk's clock was put back
        sent(Fixtures.heterdaad("Inbraak, klok terug", 1L), jan);
        clock.advance(Duration.ofMinutes(40));
        sent(Fixtures.heterdaad("Inbraak daarna", 1L), jan);

        List<Long> logOrder = ids(storage.alerts().search(AlertQuery.all()));
        assertEquals(late, logOrder.get(1));
        for (AlertQuery q : List.of(AlertQuery.all().text("inbraak"), AlertQuery.all().group(1L),
                AlertQuery.all().text("inbraak").group(1L))) {
            List<Long> seen = new ArrayList<>();
            AlertQuery paged = q.limit(2);
            while (paged != null) {
                Page<AlertRow> page = storage.alerts().search(paged);
                page.items().forEach(r -> seen.add(r.id()));
                paged = page.next().map(paged::after).orElse(null);
            }
            assertEquals(logOrder, seen, q.toString());
            assertEquals(logOrder.subList(0, 3), ids(storage.alerts().search(q.limit(3))), q.toString());
        }
    }

    @Test
    void severalKindsOrStatusesPageInLogOrder() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            expected.add(0, sent(i % 2 == 0 ? Fixtures.heterdaad("h" + i) : Fixtures.vermissing("v" + i), jan));
            sent(Fixtures.getuigenoproep("g" + i), jan);
            clock.advance(Duration.ofMinutes(1));
        }
        List<Long> seen = new ArrayList<>();
        AlertQuery q = AlertQuery.all().kinds(MessageKind.HETERDAAD, MessageKind.VERMISSING).limit(4);
        while (q != null) {
            Page<AlertRow> page = storage.alerts().search(q);
            page.items().forEach(r -> seen.add(r.id()));
            q = page.next().map(q::after).orElse(null);
        }
        assertEquals(expected, seen);
    }

    @Test
    void rowShowsSummaryOfficerAndTimeToFollowUp() {
        long id = sent(Fixtures.heterdaad("*POLITIEBERICHT – HETERDAAD*\nWoninginbraak om 14.32 uur\nmeer"), jan);
        clock.advance(Duration.ofMinutes(42));
        service.closeWithReason(id, CloseCategory.ANDERS, "Aangehouden zonder afloopbericht", piet);

        AlertRow row = storage.alerts().search(AlertQuery.all()).items().get(0);

        assertEquals("Woninginbraak om 14.32 uur", row.summary());
        assertEquals("J. de Vries", row.officerName());
        assertEquals(Optional.of(Duration.ofMinutes(42)), row.timeToFollowUp());
        assertEquals(new LogCursor(START, id), row.cursor());
    }

    @Test
    void countsPerKindPerIsoWeekInTheDesksTimeZone() {
        sent(Fixtures.heterdaad("maandag"), jan);
        sent(Fixtures.heterdaad("maandag 2"), jan);
        sent(Fixtures.vermissing("maandag"), jan);
        clock.set(Instant.parse("2026-11-22T23:30:00Z")); // Monday 00:30 in Amsterdam: week 48
        sent(Fixtures.heterdaad("nacht"), jan);
        service.recordPending(Fixtures.heterdaad("niet bevestigd"), jan);

        List<KindWeekCount> counts = storage.alerts().countsPerWeek("2026-W47", "2026-W48");

        assertEquals(List.of(
                new KindWeekCount("2026-W47", MessageKind.HETERDAAD, 2),
                new KindWeekCount("2026-W47", MessageKind.VERMISSING, 1),
                new KindWeekCount("2026-W48", MessageKind.HETERDAAD, 1)), counts);
    }

    private long sent(NewAlert alert, Actor who) {
        long id = service.recordPending(alert, who);
        service.confirmSent(id, who);
        return id;
    }

    private static List<Long> ids(Page<AlertRow> page) {
        return page.items().stream().map(AlertRow::id).toList();
    }
}

package nl.meldtafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.GroupArea;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.OverviewCalculator;
import nl.meldtafel.stats.Period;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A known week 47 (Mon 16 - Sun 22 November 2026, Amsterdam), sent through the real services:
 * 4 heterdaad, 1 vermissing, 3 afloopberichten, 1 getuigenoproep. Of the 5 alerts that needed an
 * afloopbericht, 3 got one after 20 min, 50 min and 2 h 10 min (60%; median 50 min and 90th
 * percentile 2 u 10 min by nearest rank), one was closed with a reason and one is overdue now.
 */
class OverviewPdfTest {

    static final Instant MONDAY_9 = Instant.parse("2026-11-16T08:00:00Z");
    static final Period WEEK_47 = Period.weekOf(LocalDate.of(2026, 11, 16), MutableClock.AMSTERDAM);
    private static final FollowUpPolicy HETERDAAD = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
    private static final FollowUpPolicy VERMISSING = new FollowUpPolicy(true, Duration.ofHours(2), null);

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(MONDAY_9);
    private Storage storage;
    private AlertService alerts;
    private Actor officer;
    private long zuid;

    @BeforeEach
    void open() {
        storage = Storage.open(dir, clock);
        alerts = storage.alertService();
        officer = new Actor(storage.officers().register("Frédérique van Dijk", "123456"), "tester");
        zuid = storage.groupRegister().addGroup(new GroupInput("Buurtpreventie Leiden-Zuid", "Zuid", "Leiden", true, ""), null);
        long buurt = storage.groupRegister().addNeighbourhoodGroup(zuid, new NeighbourhoodInput("Buurtapp Roomburg", "Zuid", "Leiden"), null);
        storage.groupRegister().addAdministrator(buurt, new AdministratorInput("Piet Beheerder", "06-12345678", "piet.beheer@example.nl"), null);
        storage.groupRegister().addAdministrator(buurt, new AdministratorInput("Anja Wijkhoofd", "+31 6 87654321", "anja@buurt.example"), null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void theReportReadsBackWithThePeriodAndEveryFigure() throws IOException {
        seedWeek47();

        PdfText pdf = PdfText.of(PdfText.render(storage.overviews().overview(WEEK_47)));

        assertTrue(pdf.text().contains("Meldtafel — overzicht"), pdf.text());
        assertTrue(pdf.text().contains("week 47, 16 t/m 22 november 2026"));
        assertTrue(pdf.text().contains("Gemaakt op 23 november 2026 om 10.00 uur"));
        assertTrue(pdf.hasLineStarting("Heterdaad 4"), pdf.text());
        assertTrue(pdf.hasLineStarting("Vermissing 1"));
        assertTrue(pdf.hasLineStarting("Afloopbericht 3"));
        assertTrue(pdf.hasLineStarting("Getuigenoproep 1"));
        assertTrue(pdf.hasLineStarting("Totaal 9"));
        assertTrue(pdf.text().contains("Afloopbericht nodig 5"));
        assertTrue(pdf.text().contains("Gesloten met afloopbericht 3 (60%)"));
        assertTrue(pdf.text().contains("Mediaan tijd tot afloopbericht 50 min"));
        assertTrue(pdf.text().contains("90e percentiel tijd tot afloopbericht 2 u 10 min"));
        assertTrue(pdf.text().contains("Nu te laat 1"));
        assertTrue(pdf.text().contains("Gesloten zonder afloopbericht 1"));
        assertTrue(pdf.text().contains("Opgelost, geen bericht nodig 1"), "the category, not the typed reason");
        assertTrue(pdf.hasLineStarting("Frédérique van Dijk 9"), "the officer with her é, and her 9 messages");
        assertTrue(pdf.text().contains("Meldingen via 112 3"));
        assertTrue(pdf.text().contains("Meldingen via 0900-8844 1"));
        assertTrue(pdf.text().contains("waarvan Aanhouding 1"));
    }

    @Test
    void theChartsCarryTheirValues() throws IOException {
        seedWeek47();

        PdfText pdf = PdfText.of(PdfText.render(storage.overviews().overview(WEEK_47)));

        assertTrue(pdf.text().contains("Berichten per week, per soort"));
        assertTrue(pdf.text().contains("wk 47"));
        assertTrue(pdf.text().contains("< 15 min 15–30 min 30–60 min 1–2 uur 2–4 uur 4–24 uur 1 dag of meer"), pdf.text());
        assertTrue(pdf.text().contains("3 van 5"), "the follow-up chart says how many of how many");
    }

    @Test
    void anEmptyPeriodGivesAValidReportThatSaysSo() throws IOException {
        seedWeek47();
        Period later = Period.weekOf(LocalDate.of(2026, 11, 30), MutableClock.AMSTERDAM);

        PdfText pdf = PdfText.of(PdfText.render(storage.overviews().overview(later)));

        assertEquals(1, pdf.pages());
        assertTrue(pdf.text().contains("week 49, 30 november t/m 6 december 2026"), pdf.text());
        assertTrue(pdf.text().contains("In deze periode zijn geen berichten verstuurd."));
        assertFalse(pdf.text().contains("Heterdaad"));
    }

    @Test
    void administratorsPhoneNumbersAndEmailsNeverReachTheReport() throws IOException {
        seedWeek47();

        byte[] bytes = PdfText.render(storage.overviews().overview(WEEK_47));
        PdfText pdf = PdfText.of(bytes);

        assertTrue(pdf.text().contains("Buurtpreventie Leiden-Zuid"), "the group itself is in the report");
        String digits = pdf.text().replaceAll("[^0-9]", "");
        for (String number : List.of("0612345678", "612345678", "0687654321", "687654321")) {
            assertFalse(digits.contains(number), "phone number " + number + " in the report");
        }
        for (String secret : List.of("piet.beheer@example.nl", "anja@buurt.example", "@", "Piet Beheerder", "Anja Wijkhoofd",
                "Buurtapp Roomburg")) {
            assertFalse(pdf.text().contains(secret), secret + " in the report");
        }
        String raw = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("example"), "nothing of an email address in the file, not even in its metadata");
    }

    @Test
    void longTablesContinueOnFurtherPages() throws IOException {
        List<AlertFact> facts = new ArrayList<>();
        Instant t = MONDAY_9;
        for (int i = 1; i <= 50; i++) {
            GroupArea group = new GroupArea(i, String.format("Buurtpreventie %02d", i), "Wijk " + i, "Leiden");
            facts.add(new AlertFact(i, MessageKind.HETERDAAD, t.plusSeconds(60L * i), i, String.format("Agent %02d", i),
                    List.of(group), true, AlertStatus.CLOSED, t.plusSeconds(3600), t.plusSeconds(60L * i + 1800), 1000L + i, null, null));
        }
        Overview overview = new OverviewCalculator().compute(facts, WEEK_47, Instant.parse("2026-11-23T09:00:00Z"));

        PdfText pdf = PdfText.of(PdfText.render(overview));

        assertTrue(pdf.pages() >= 4, pdf.pages() + " pages");
        for (int i = 1; i <= 50; i++) {
            assertTrue(pdf.hasLineStarting(String.format("Agent %02d 1", i)), "officer " + i);
            assertTrue(pdf.hasLineStarting(String.format("Buurtpreventie %02d Wijk %d, Leiden 1", i, i)), "group " + i);
        }
        assertTrue(pdf.text().contains("pagina " + pdf.pages() + " van " + pdf.pages()));
        long headers = pdf.lines().stream().filter(l -> l.startsWith("Beheerdersgroep Wijk, gemeente Berichten")).count();
        assertTrue(headers >= 2, "the group table's header repeats on its next page");
    }

    @Test
    void lettersBeyondWinAnsiPrintAndWhatNoFontHasBecomesAQuestionMark() throws IOException {
        Instant t = MONDAY_9;
        List<AlertFact> facts = List.of(
                new AlertFact(1, MessageKind.WAARSCHUWING, t, 1, "Łukasz Wiśniewski", List.of(), false, AlertStatus.SENT, null, null, null, null, null),
                new AlertFact(2, MessageKind.WAARSCHUWING, t.plusSeconds(60), 2, "Ayşe 🚓 Öztürk", List.of(), false, AlertStatus.SENT, null, null, null, null, null));

        PdfText pdf = PdfText.of(PdfText.render(new OverviewCalculator().compute(facts, WEEK_47, t.plusSeconds(3600))));

        assertTrue(pdf.hasLineStarting("Łukasz Wiśniewski 1"), pdf.text());
        assertTrue(pdf.hasLineStarting("Ayşe ? Öztürk 1"), pdf.text());
    }

    /** The week of the class comment; ends on Monday 23 November 10.00. */
    private void seedWeek47() {
        long a = sent(heterdaad("Inbraak Dorpsstraat", zuid));
        clock.advance(Duration.ofMinutes(20));
        afloop(a);
        storage.responses().record(a, 0, 3, 1, ResponseResult.AANHOUDING, officer);
        clock.set(Instant.parse("2026-11-16T09:00:00Z"));
        long b = sent(heterdaad("Overval Breestraat", zuid));
        clock.advance(Duration.ofMinutes(50));
        afloop(b);
        clock.set(Instant.parse("2026-11-17T11:00:00Z"));
        long c = sent(heterdaad("Straatroof Haarlemmerstraat"));
        clock.advance(Duration.ofMinutes(130));
        afloop(c);
        clock.set(Instant.parse("2026-11-18T13:00:00Z"));
        long d = sent(new NewAlert(MessageKind.VERMISSING, "vermissing", "hash-v", "{}", "Vermist: man, 84 jaar", null, VERMISSING, List.of(zuid)));
        clock.advance(Duration.ofMinutes(30));
        alerts.closeWithReason(d, CloseCategory.OPGELOST, "Actie beëindigd, persoon zelf thuisgekomen", officer);
        clock.set(Instant.parse("2026-11-19T19:00:00Z"));
        sent(heterdaad("Inbraak Kloksteeg", zuid));
        clock.set(Instant.parse("2026-11-20T12:00:00Z"));
        sent(new NewAlert(MessageKind.GETUIGENOPROEP, "getuigenoproep", "hash-g", "{}", "Getuigen gezocht", null, FollowUpPolicy.NONE, List.of()));
        clock.set(Instant.parse("2026-11-23T09:00:00Z"));
    }

    private static NewAlert heterdaad(String text, Long... groups) {
        return new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}", text, null, HETERDAAD, List.of(groups));
    }

    private long sent(NewAlert alert) {
        long id = alerts.recordPending(alert, officer);
        alerts.confirmSent(id, officer);
        return id;
    }

    private void afloop(long parent) {
        sent(new NewAlert(MessageKind.AFLOOPBERICHT, "afloop", "hash-a", "{}", "Verdachte aangehouden", parent, FollowUpPolicy.NONE, List.of()));
    }
}

package nl.meldtafel.weekly;

import static nl.meldtafel.template.MessageKind.AFLOOPBERICHT;
import static nl.meldtafel.template.MessageKind.GETUIGENOPROEP;
import static nl.meldtafel.template.MessageKind.HETERDAAD;
import static nl.meldtafel.template.MessageKind.VERMISSING;
import static nl.meldtafel.template.MessageKind.WAARSCHUWING;
import static nl.meldtafel.template.MessageKind.WEEKOVERZICHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import nl.meldtafel.alert.Alert;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WeeklyTextTest {

    /** Monday 23 November 2026: "vorige week" is week 47, 16 to 22 November. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Period LAST_WEEK = Period.previousWeek(TODAY);
    private static final String AANGEHOUDEN = "{\"uitkomst\":\"Aangehouden\",\"toelichting\":\"Jan Jansen aangehouden\"}";

    static Stream<Arguments> logs() {
        return Stream.of(
                Arguments.of("a known week", (Consumer<LogAlerts>) log -> {
                    Alert original = log.closedByAfloop(HETERDAAD, "{\"locatie\":\"Dorpsstraat\"}", AANGEHOUDEN);
                    log.update(original, "{\"locatie\":\"Stationsplein\"}");
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"aangehouden\"}");
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Actie beëindigd zonder resultaat\"}");
                    log.closedByAfloop(VERMISSING, "{\"naam\":\"Truus\"}", "{\"uitkomst\":\"Persoon aangetroffen\"}");
                    log.sent(GETUIGENOPROEP, "{}");
                    log.sent(WEEKOVERZICHT, "{}");
                    log.pending(HETERDAAD, "{}");
                }, """
                        Er gingen 5 berichten uit: 3 heterdaadberichten, 1 vermissing en 1 getuigenoproep.
                        Zo liep het af:
                        - 2 heterdaadberichten leidden tot een aanhouding.
                        - 1 heterdaadbericht is zonder resultaat beëindigd.
                        - 1 vermiste persoon is teruggevonden."""),
                Arguments.of("redacted afloop, closed with a reason, free entry, still open", (Consumer<LogAlerts>) log -> {
                    log.closedByAfloop(HETERDAAD, null, null);
                    log.closedByAfloop(HETERDAAD, "{}", "{}");
                    log.closedWithReason(HETERDAAD, "{}", "Dubbel bericht");
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Verdachte gevlucht in auto XK-123-B\"}");
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Anders\"}");
                    log.open(VERMISSING, "{\"naam\":\"Truus\"}");
                }, """
                        Er gingen 6 berichten uit: 5 heterdaadberichten en 1 vermissing.
                        Zo liep het af:
                        - 2 heterdaadberichten zijn anders afgerond.
                        - 3 heterdaadberichten zijn afgerond.
                        Van 1 bericht is de afloop nog niet bekend."""),
                Arguments.of("one alert, still open", (Consumer<LogAlerts>) log -> log.open(HETERDAAD, "{}"),
                        """
                                Er ging 1 heterdaadbericht uit.
                                Van 1 bericht is de afloop nog niet bekend."""),
                Arguments.of("alerts without a follow-up only", (Consumer<LogAlerts>) log -> {
                    log.sent(GETUIGENOPROEP, "{}");
                    log.sent(WAARSCHUWING, "{}");
                    log.sent(WAARSCHUWING, "{}");
                }, "Er gingen 3 berichten uit: 1 getuigenoproep en 2 waarschuwingen."),
                Arguments.of("numbers above twelve in digits", (Consumer<LogAlerts>) log -> {
                    for (int i = 0; i < 13; i++) {
                        log.closedByAfloop(HETERDAAD, "{}", AANGEHOUDEN);
                        log.open(VERMISSING, "{}");
                    }
                }, """
                        Er gingen 26 berichten uit: 13 heterdaadberichten en 13 vermissingen.
                        Zo liep het af:
                        - 13 heterdaadberichten leidden tot een aanhouding.
                        Van 13 berichten is de afloop nog niet bekend."""),
                Arguments.of("the new outcome words count as the old options", (Consumer<LogAlerts>) log -> {
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"verdachten aangehouden\"}");
                    log.closedByAfloop(VERMISSING, "{}", "{\"uitkomst\":\"persoon is terecht\"}");
                    log.closedByAfloop(VERMISSING, "{}", "{\"uitkomst\":\"zoekactie gestopt, (nog) niet gevonden\"}");
                }, """
                        Er gingen 3 berichten uit: 1 heterdaadbericht en 2 vermissingen.
                        Zo liep het af:
                        - 1 heterdaadbericht leidde tot een aanhouding.
                        - 1 vermiste persoon is teruggevonden.
                        - 1 zoekactie naar een vermiste persoon is zonder resultaat beëindigd."""),
                Arguments.of("each outcome once, singular", (Consumer<LogAlerts>) log -> {
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Persoon aangetroffen\"}");
                    log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Geen strafbaar feit\"}");
                    log.closedByAfloop(VERMISSING, "{}", "{\"uitkomst\":\"Actie beëindigd zonder resultaat\"}");
                    log.closedByAfloop(GETUIGENOPROEP, "{}", AANGEHOUDEN);
                }, """
                        Er gingen 4 berichten uit: 2 heterdaadberichten, 1 vermissing en 1 getuigenoproep.
                        Zo liep het af:
                        - Bij 1 heterdaadbericht bleek er geen strafbaar feit te zijn.
                        - 1 heterdaadbericht is anders afgerond.
                        - 1 zoekactie naar een vermiste persoon is zonder resultaat beëindigd.
                        - 1 getuigenoproep leidde tot een aanhouding."""),
                Arguments.of("each outcome twice, plural", (Consumer<LogAlerts>) log -> {
                    for (int i = 0; i < 2; i++) {
                        log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Persoon aangetroffen\"}");
                        log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Geen strafbaar feit\"}");
                        log.closedByAfloop(VERMISSING, "{}", "{\"uitkomst\":\"Persoon aangetroffen\"}");
                        log.closedByAfloop(VERMISSING, "{}", "{\"uitkomst\":\"Actie beëindigd zonder resultaat\"}");
                    }
                }, """
                        Er gingen 8 berichten uit: 4 heterdaadberichten en 4 vermissingen.
                        Zo liep het af:
                        - Bij 2 heterdaadberichten bleek er geen strafbaar feit te zijn.
                        - 2 heterdaadberichten zijn anders afgerond.
                        - 2 vermiste personen zijn teruggevonden.
                        - 2 zoekacties naar vermiste personen zijn zonder resultaat beëindigd."""),
                Arguments.of("only afloopberichten and overviews", (Consumer<LogAlerts>) log -> {
                    log.sent(AFLOOPBERICHT, AANGEHOUDEN);
                    log.sent(WEEKOVERZICHT, "{}");
                }, "Vorige week zijn er geen berichten verstuurd."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("logs")
    void overviewCountsKindsAndOutcomesInDutch(String name, Consumer<LogAlerts> fill, String expected) {
        LogAlerts log = new LogAlerts();
        fill.accept(log);

        assertEquals(expected, WeeklyText.write(log.tally(), LAST_WEEK, TODAY).overzicht());
    }

    @Test
    void emptyCustomPeriodSaysSoWithoutCallingItLastWeek() {
        Period november = new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22));

        assertEquals("In deze periode zijn er geen berichten verstuurd.",
                WeeklyText.write(new Tally(), november, TODAY).overzicht());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-16|2026-11-22|week 47 (16 t/m 22 november 2026)",
            "2025-12-29|2026-01-04|week 1 (29 december 2025 t/m 4 januari 2026)",
            "2026-10-28|2026-11-03|28 oktober t/m 3 november 2026",
            "2026-11-01|2026-11-22|1 t/m 22 november 2026",
            "2026-12-20|2027-01-02|20 december 2026 t/m 2 januari 2027",
            "2026-11-18|2026-11-18|18 november 2026"})
    void periodIsNamedByWeekOrDates(LocalDate from, LocalDate to, String expected) {
        assertEquals(expected, WeeklyText.periode(new Period(from, to)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2026-11-16|2026-11-22|week 47 (16 t/m 22 november)",
            "2025-12-29|2026-01-04|week 1 (29 december 2025 t/m 4 januari 2026)",
            "2026-11-18|2026-11-18|18 november"})
    void theOverviewNamesTheYearOnlyWhenItIsNotThisYear(LocalDate from, LocalDate to, String expected) {
        assertEquals(expected, WeeklyText.periode(new Period(from, to), 2026));
        assertEquals(expected, WeeklyText.write(new Tally(), new Period(from, to), TODAY).periode());
    }

    @Test
    void aHeterdaadClosedAsPersonFoundInAnOldLogNeverSaysSo() {
        LogAlerts log = new LogAlerts();
        log.closedByAfloop(HETERDAAD, "{}", "{\"uitkomst\":\"Persoon aangetroffen\"}");

        String text = WeeklyText.write(log.tally(), LAST_WEEK, TODAY).overzicht();

        assertFalse(text.contains("aangetroffen"), text);
        assertFalse(text.contains("teruggevonden"), text);
    }

    @ParameterizedTest
    @CsvSource({"2026-11-23,2026-11-16", "2026-11-29,2026-11-16", "2026-11-24,2026-11-16", "2026-01-01,2025-12-22"})
    void previousWeekRunsMondayToSunday(LocalDate today, LocalDate monday) {
        assertEquals(new Period(monday, monday.plusDays(6)), Period.previousWeek(today));
    }

    @Test
    void periodCoversWholeDaysInDutchTime() {
        Period summer = new Period(LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 12));

        assertEquals("2026-07-05T22:00:00Z", summer.start().toString());
        assertEquals("2026-07-12T22:00:00Z", summer.endExclusive().toString());
    }

    @Test
    void thanksAreFilledIn() {
        assertEquals("Dank aan alle beheerders en buurtbewoners voor hun alertheid en voor het doorsturen van onze berichten!",
                WeeklyText.write(new Tally(), LAST_WEEK, TODAY).dank());
    }
}

package nl.meldtafel.ui.overview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.GroupArea;
import nl.meldtafel.stats.OverviewCalculator;
import nl.meldtafel.stats.Period;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverviewViewModelTest {

    private static final ZoneId AMS = MutableClock.AMSTERDAM;
    // Wednesday 25 November 2026, 12.00
    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 25, 12, 0).atZone(AMS).toInstant());
    private final List<Period> asked = new ArrayList<>();
    private final List<String> opened = new ArrayList<>();
    private final List<AlertFact> facts = new ArrayList<>();
    private OverviewViewModel model;

    @BeforeEach
    void setUp() {
        model = new OverviewViewModel(TaskRunner.sameThread(), p -> {
            asked.add(p);
            return new OverviewCalculator().compute(facts, p, clock.instant());
        }, clock, AMS);
        model.setOpener((caption, ids) -> opened.add(caption + " " + ids));
    }

    private static Instant local(int day, int hour) {
        return LocalDateTime.of(2026, 11, day, hour, 0).atZone(AMS).toInstant();
    }

    private void fact(long id, int day, int hour, Duration afloopAfter, GroupArea group) {
        Instant sent = local(day, hour);
        facts.add(new AlertFact(id, MessageKind.HETERDAAD, sent, 1, "J. de Vries", List.of(group), true,
                afloopAfter == null ? AlertStatus.SENT : AlertStatus.CLOSED, afloopAfter == null ? sent.plusSeconds(3600) : null,
                afloopAfter == null ? null : sent.plus(afloopAfter), afloopAfter == null ? null : 100 + id, null, null));
    }

    @Test
    void periodChoicesAreWholeWeeksAndMonthsAtTheDesk() {
        model.load();
        assertEquals(new Period(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 29), AMS), asked.get(0));
        assertEquals("23 t/m 29 november 2026", model.periodTextProperty().get());

        model.choiceProperty().set(OverviewViewModel.PeriodChoice.LAST_WEEK);
        assertEquals(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22), AMS), asked.get(1));

        model.choiceProperty().set(OverviewViewModel.PeriodChoice.THIS_MONTH);
        assertEquals("1 t/m 30 november 2026", model.periodTextProperty().get());
    }

    @Test
    void customPeriodStartsFromWhatWasShownAndRefusesReversedDates() {
        model.load();
        model.choiceProperty().set(OverviewViewModel.PeriodChoice.CUSTOM);
        assertEquals(LocalDate.of(2026, 11, 23), model.fromProperty().get());
        assertEquals(LocalDate.of(2026, 11, 29), model.toProperty().get());

        model.fromProperty().set(LocalDate.of(2026, 12, 5));

        assertEquals("De einddatum ligt voor de begindatum. Kies de data opnieuw.", model.errorProperty().get());
        model.toProperty().set(LocalDate.of(2026, 12, 6));
        assertEquals("", model.errorProperty().get());
        assertEquals("5 t/m 6 december 2026", model.periodTextProperty().get());
    }

    @Test
    void tilesSayTheFiguresInWordsAndOpenTheirAlerts() {
        GroupArea zuid = new GroupArea(1, "Beheerders Zuid", "Zuid", "Leiden");
        fact(1, 23, 9, Duration.ofMinutes(40), zuid);
        fact(2, 23, 10, Duration.ofMinutes(100), zuid);
        fact(3, 24, 10, null, zuid);

        model.load();

        OverviewViewModel.Tile rate = model.tiles().stream().filter(t -> t.id().equals("tileFollowUp")).findFirst().orElseThrow();
        assertEquals("67%", rate.value());
        assertEquals("2 van de 3 die er een nodig hadden", rate.detail());
        OverviewViewModel.Tile time = model.tiles().stream().filter(t -> t.id().equals("tileTime")).findFirst().orElseThrow();
        assertEquals("40 min", time.value());
        assertEquals("90% binnen 1 u 40 min", time.detail());
        OverviewViewModel.Tile overdue = model.tiles().stream().filter(t -> t.id().equals("tileOverdue")).findFirst().orElseThrow();
        assertEquals("1", overdue.value());

        model.open(overdue);
        model.open(model.wijken().get(0));

        assertEquals(List.of("Nu te laat, 23 t/m 29 november 2026 [3]", "Wijk Zuid, 23 t/m 29 november 2026 [1, 2, 3]"), opened);
        assertEquals("2 van 3 (67%)", model.wijken().get(0).followUp());
        assertEquals("", model.emptyTextProperty().get());
    }

    @Test
    void theResultTileNamesEveryResultSoItsPartsAddUpToItsFigure() {
        GroupArea zuid = new GroupArea(1, "Beheerders Zuid", "Zuid", "Leiden");
        Instant sent = local(23, 9);
        ResponseResult[] results = {ResponseResult.AANHOUDING, ResponseResult.ANDERS, ResponseResult.ANDERS, ResponseResult.GEEN};
        for (int i = 0; i < results.length; i++) {
            facts.add(new AlertFact(i + 1, MessageKind.HETERDAAD, sent, 1, "J. de Vries", List.of(zuid), true,
                    AlertStatus.CLOSED, null, sent.plusSeconds(1800), 100L + i, null,
                    new nl.meldtafel.alert.AlertResponse(1, 0, results[i], sent, 1, "J. de Vries", 1)));
        }

        model.load();

        OverviewViewModel.Tile result = model.tiles().stream().filter(t -> t.id().equals("tileResult")).findFirst().orElseThrow();
        assertEquals("3", result.value());
        assertEquals("1 aanhouding \u00b7 2 andere resultaten", result.detail());
    }

    @Test
    void anEmptyPeriodSaysWhatToDo() {
        model.load();

        assertEquals("Geen berichten verstuurd van 23 t/m 29 november 2026. Kies hierboven een andere periode.",
                model.emptyTextProperty().get());
        assertTrue(model.officers().isEmpty());
    }

    @Test
    void aFailedLoadIsShownNotSwallowed() {
        model = new OverviewViewModel(TaskRunner.sameThread(), p -> {
            throw new nl.meldtafel.store.StorageException(nl.meldtafel.store.StorageException.Reason.LOCKED,
                    "Could not read the overview: database is locked");
        }, clock, AMS);

        model.load();

        // the reason in Dutch, never the exception's own (English) text: that goes to the log
        assertEquals("Het overzicht kon niet worden geladen: de database is bezet door een ander programma",
                model.errorProperty().get());
        assertNull(model.overviewProperty().get());
    }

    @Test
    void savesTheShownPeriodAsAPdfForTheMeeting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        GroupArea zuid = new GroupArea(1, "Beheerders Zuid", "Zuid", "Leiden");
        fact(1, 23, 9, Duration.ofMinutes(40), zuid);
        fact(2, 24, 10, null, zuid);
        model.load();
        assertEquals("meldtafel-overzicht-2026-11-23-2026-11-29.pdf", model.suggestedPdfName());

        java.nio.file.Path target = dir.resolve(model.suggestedPdfName());
        model.savePdf(target);

        assertEquals("Opgeslagen: meldtafel-overzicht-2026-11-23-2026-11-29.pdf", model.pdfNoticeProperty().get());
        nl.meldtafel.report.PdfText pdf = nl.meldtafel.report.PdfText.of(target);
        assertTrue(pdf.text().contains("23 t/m 29 november 2026"), pdf.text());
        assertTrue(pdf.text().contains("Beheerders Zuid"), pdf.text());
    }

    @Test
    void aPdfThatCannotBeWrittenSaysWhyAndLeavesNoFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        model.load();
        java.nio.file.Path target = dir.resolve("geen-map").resolve("overzicht.pdf");
        model.savePdf(target);

        assertTrue(model.pdfNoticeProperty().get().startsWith("PDF niet opgeslagen: "), model.pdfNoticeProperty().get());
        assertTrue(java.nio.file.Files.notExists(target));
        assertTrue(!model.savingPdfProperty().get());
    }
}

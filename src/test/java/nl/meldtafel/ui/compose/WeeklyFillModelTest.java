package nl.meldtafel.ui.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.weekly.Outcome;
import nl.meldtafel.weekly.Period;
import nl.meldtafel.weekly.Tally;
import nl.meldtafel.weekly.WeeklyOverview;
import org.junit.jupiter.api.Test;

class WeeklyFillModelTest {

    private final ComposeFixture fixture = new ComposeFixture();
    private final WeeklyFillModel weekly = fixture.model.weeklyFill();
    private final List<Period> asked = new ArrayList<>();

    WeeklyFillModelTest() {
        weekly.useLog(period -> {
            asked.add(period);
            Tally tally = new Tally();
            tally.addSent(MessageKind.HETERDAAD);
            tally.addSent(MessageKind.HETERDAAD);
            tally.addOutcome(MessageKind.HETERDAAD, Outcome.ARRESTED);
            tally.addOpen();
            return tally;
        });
    }

    private String field(FormModel form, String key) {
        return form.field(key).orElseThrow().textProperty().get();
    }

    @Test
    void chooserShowsOnlyForTheWeekoverzicht() {
        fixture.open("heterdaad");
        assertFalse(weekly.shownProperty().get());

        fixture.open("weekoverzicht");
        assertTrue(weekly.shownProperty().get());
    }

    @Test
    void defaultIsLastWeekMondayToSunday() {
        fixture.open("weekoverzicht");

        assertEquals(new Period(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 22)), weekly.period());
        assertEquals("Vorige week: week 47 (16 t/m 22 november 2026)", weekly.previousWeekLabel());
    }

    @Test
    void fillingPutsTheCountsInTheFormAndItIsSentLikeAnyMessage() {
        FormModel form = fixture.open("weekoverzicht");
        assertFalse(fixture.model.canSendProperty().get(), "no overview yet");

        weekly.fill();

        assertEquals(List.of(weekly.previousWeek()), asked);
        assertEquals("week 47 (16 t/m 22 november)", field(form, WeeklyOverview.PERIODE));
        assertEquals("""
                Er gingen 2 heterdaadberichten uit.
                Zo liep het af:
                - 1 heterdaadbericht leidde tot een aanhouding.
                Van 1 bericht is de afloop nog niet bekend.""", field(form, WeeklyOverview.OVERZICHT));
        assertEquals("Gevuld uit het logboek: week 47 (16 t/m 22 november). Alleen aantallen, geen namen of "
                + "kentekens. Lees het na en pas het zo nodig aan.", weekly.statusProperty().get());
        assertTrue(fixture.model.canSendProperty().get());

        fixture.model.copy();
        fixture.model.confirmSent();

        assertTrue(fixture.clipboard.get(0).contains("Er gingen 2 heterdaadberichten uit."), fixture.clipboard.get(0));
        InMemoryAlertSink.Recorded recorded = fixture.sink.recorded().get(0);
        assertEquals("weekoverzicht", recorded.templateId());
        assertTrue(recorded.confirmed());
    }

    @Test
    void customDatesAreUsedAndAWrongOrderBlocksFilling() {
        fixture.open("weekoverzicht");
        weekly.fromProperty().set(LocalDate.of(2026, 11, 1));
        weekly.toProperty().set(LocalDate.of(2026, 10, 31));
        weekly.customProperty().set(true);

        assertEquals("De einddatum ligt voor de begindatum.", weekly.periodProblemProperty().get());
        assertFalse(weekly.canFillProperty().get());

        weekly.toProperty().set(LocalDate.of(2026, 11, 22));
        weekly.fill();

        assertNull(weekly.periodProblemProperty().get());
        assertEquals(List.of(new Period(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22))), asked);
        assertEquals("1 t/m 22 november", field(fixture.model.formProperty().get(), WeeklyOverview.PERIODE));
    }

    @Test
    void aLogThatCannotBeReadIsShownAndTheFormKeepsItsText() {
        FormModel form = fixture.open("weekoverzicht");
        form.field(WeeklyOverview.OVERZICHT).orElseThrow().textProperty().set("Eigen tekst");
        weekly.useLog(period -> {
            throw new StorageException(StorageException.Reason.LOCKED, "Could not search the log");
        });

        weekly.fill();

        assertTrue(weekly.errorProperty().get().startsWith("Het logboek kon niet gelezen worden: "), weekly.errorProperty().get());
        assertEquals("Eigen tekst", field(form, WeeklyOverview.OVERZICHT));
        assertFalse(weekly.busyProperty().get());
    }

    @Test
    void editsAfterFillingAreNotReplacedUnasked() {
        FormModel form = fixture.open("weekoverzicht");
        assertFalse(weekly.wouldReplaceEdits(), "an empty form");
        weekly.fill();
        assertFalse(weekly.wouldReplaceEdits(), "filling again gives the same text");

        form.field(WeeklyOverview.OVERZICHT).orElseThrow().textProperty().set("Aangepast door de agent");

        assertTrue(weekly.wouldReplaceEdits());
    }

    @Test
    void thanksTheOfficerRewroteAreKept() {
        FormModel form = fixture.open("weekoverzicht");
        form.field(WeeklyOverview.DANK).orElseThrow().textProperty().set("Bedankt, Leiden-Zuid!");

        weekly.fill();

        assertEquals("Bedankt, Leiden-Zuid!", field(form, WeeklyOverview.DANK));
    }
}

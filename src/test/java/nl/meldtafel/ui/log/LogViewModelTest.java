package nl.meldtafel.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.template.TemplateSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogViewModelTest {

    @TempDir
    Path dir;
    private final LogFixture log = new LogFixture();
    private final List<String> clipboard = new ArrayList<>();
    private LogViewModel model;

    @BeforeEach
    void setUp() {
        model = log.model(TaskRunner.sameThread(), clipboard);
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    @Test
    void anotherDesksAlertReloadsAsManyRowsAsWereShownAndTheDetailWhenItIsTheShownOne() {
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            recorded.add(log.sent(LogFixture.getuigenoproep("Oproep " + i + LogFixture.NOTICE), log.jan));
            log.clock.advance(Duration.ofMinutes(1));
        }
        model.load();
        model.loadMore();
        model.select(recorded.get(89));
        LogDetail before = model.detailProperty().get();

        long newer = log.sent(LogFixture.getuigenoproep("Oproep van de andere tafel" + LogFixture.NOTICE), log.piet);
        model.othersChanged(Set.of(new LogChange(LogChange.Kind.ALERT, newer)));

        assertEquals(90, model.rows().size(), "still as far as the officer scrolled");
        assertEquals(newer, model.rows().get(0).id());
        assertTrue(model.hasMoreProperty().get());
        assertSame(before, model.detailProperty().get(), "another alert's change leaves the detail as it is");

        model.othersChanged(Set.of(new LogChange(LogChange.Kind.POST, recorded.get(89))));
        assertNotSame(before, model.detailProperty().get(), "a change of the shown alert reads its detail again");
        assertEquals(recorded.get(89), model.detailProperty().get().id());
    }

    @Test
    void firstPageShowsTheNewestAndTheNextPageFollowsWithoutRepeats() {
        List<Long> recorded = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            recorded.add(0, log.sent(LogFixture.getuigenoproep("Oproep " + i + LogFixture.NOTICE), log.jan));
            if (i % 4 != 0) {
                log.clock.advance(Duration.ofMinutes(1)); // some share a minute: the id keeps the order
            }
        }

        model.load();

        assertEquals(LogViewModel.PAGE_SIZE, model.rows().size());
        assertEquals(recorded.get(0), model.rows().get(0).id());
        assertTrue(model.hasMoreProperty().get());
        assertEquals("60 berichten geladen, er zijn er meer", model.countProperty().get());

        model.loadMore();

        assertEquals(recorded, model.rows().stream().map(LogRow::id).toList());
        assertEquals(120, new HashSet<>(model.rows()).size());
        assertFalse(model.hasMoreProperty().get());
        assertEquals("120 berichten", model.countProperty().get());

        model.loadMore(); // the last page is shown: nothing more to fetch
        assertEquals(120, model.rows().size());
    }

    @Test
    void rowsAreInTheOfficersWords() {
        long id = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        log.clock.advance(Duration.ofMinutes(42));
        log.sent(LogFixture.afloop(id, "*AFLOOPBERICHT*\nAangehouden." + LogFixture.NOTICE), log.piet);

        model.load();

        LogRow original = model.rows().get(1);
        assertEquals(new LogRow(id, "23-11 14.32", "Heterdaad", "Woninginbraak om 14.32 uur aan de Dorpsstraat.",
                "J. de Vries", "Gesloten", false, "42 min"), original);
        LogRow afloop = model.rows().get(0);
        assertEquals("23-11 15.14", afloop.time());
        assertEquals("Afloopbericht", afloop.kind());
        assertEquals("Verzonden", afloop.status(), "an afloopbericht waits for nothing");
        assertEquals("—", afloop.followUp());
    }

    @Test
    void aSentAlertAwaitingItsAfloopberichtReadsOpenNeverVerzonden() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        log.clock.advance(Duration.ofMinutes(20));

        model.load();

        assertEquals("Open", model.rows().get(0).status());
        assertEquals(List.of("Alle statussen", "Niet bevestigd", "Verzonden of open", "Gesloten"),
                model.statusChoices().stream().map(Choice::label).toList());
    }

    @Test
    void anOverdueAlertSaysSoInWordsAndAnUnconfirmedOneToo() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        log.clock.advance(Duration.ofMinutes(61));
        log.pending(LogFixture.heterdaad(LogFixture.heterdaadText("Overval", "Kerkplein")), log.jan);

        model.load();

        assertEquals("Niet bevestigd", model.rows().get(0).status());
        LogRow late = model.rows().get(1);
        assertTrue(late.overdue());
        assertEquals("⚠ Te laat", late.status());
    }

    @Test
    void emptyLogInvitesTheFirstMessage() {
        model.load();

        assertEquals(List.of(), model.rows());
        assertEquals("Nog geen berichten. Verstuurde berichten verschijnen hier.", model.placeholderProperty().get());
        assertEquals("Geen berichten", model.countProperty().get());
    }

    @Test
    void searchShowsOnlyMatchingMessagesAndNamesWhatWasNotFound() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        long roof = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        model.load();

        model.searchTextProperty().set("stationspl");

        assertEquals(List.of(roof), ids());

        model.searchTextProperty().set("kerkplein");

        assertEquals(List.of(), ids());
        assertEquals("Geen berichten gevonden voor „kerkplein“.\nProbeer een korter deel van het woord, zoals „kerkp“: "
                + "zoeken vindt ook delen van woorden („inbraak“ vindt „Woninginbraak“).", model.placeholderProperty().get());

        model.clearSearch();
        assertEquals(2, model.rows().size());
    }

    @Test
    void searchFindsAPartOfACompoundWord() {
        long inbraak = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        model.load();

        model.searchTextProperty().set("inbraak");

        assertEquals(List.of(inbraak), ids());
    }

    @Test
    void anEmptySearchSuggestsFewerWordsALongerStartAndTheFiltersThatAreOn() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Overval", "Kerkplein")), log.jan);
        model.load();
        model.periodProperty().set(LogPeriod.TODAY);
        model.kindProperty().set(choice(model.kindChoices(), MessageKind.VERMISSING));

        model.searchTextProperty().set("zwarte sc");

        assertEquals(List.of(), ids());
        assertEquals(String.join("\n",
                "Geen berichten gevonden voor „zwarte sc“.",
                "Probeer een korter deel van het woord, zoals „zwart“: zoeken vindt ook delen van woorden („inbraak“ vindt „Woninginbraak“).",
                "Of zoek op minder woorden: een bericht moet ze allemaal bevatten.",
                "Eén of twee tekens vinden alleen het begin van een woord; typ er een teken bij om ook midden in woorden te zoeken.",
                "Er is alleen in „Vandaag“ gezocht: kies „Alle data“ om het hele logboek te doorzoeken.",
                "Er staan ook filters aan (soort, status, agent, groep of wijk): zet ze terug op „Alle …“."),
                model.placeholderProperty().get());
    }

    @Test
    void filtersByKindStatusOfficerAndPeriod() {
        long yesterday = log.sent(LogFixture.vermissing("*VERMISSING*\nJan (82)." + LogFixture.NOTICE), log.piet);
        log.clock.advance(Duration.ofDays(1));
        long open = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Overval", "Kerkplein")), log.jan);
        long closed = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        long afloop = log.sent(LogFixture.afloop(closed, "*AFLOOPBERICHT*\nAangehouden." + LogFixture.NOTICE), log.jan);
        model.load();
        assertEquals(List.of(afloop, closed, open, yesterday), ids());

        model.kindProperty().set(choice(model.kindChoices(), MessageKind.VERMISSING));
        assertEquals(List.of(yesterday), ids());
        model.kindProperty().set(model.kindChoices().get(0));

        model.statusProperty().set(choice(model.statusChoices(), AlertStatus.CLOSED));
        assertEquals(List.of(closed), ids());
        model.statusProperty().set(model.statusChoices().get(0));

        assertEquals(List.of("Alle agenten", "J. de Vries (123456)", "P. Jansen (234567)"),
                model.officerChoices().stream().map(Choice::label).toList());
        model.officerProperty().set(choice(model.officerChoices(), log.piet.officer().id()));
        assertEquals(List.of(yesterday), ids());
        model.officerProperty().set(model.officerChoices().get(0));

        model.periodProperty().set(LogPeriod.TODAY);
        assertEquals(List.of(afloop, closed, open), ids());
        model.periodProperty().set(LogPeriod.THIS_WEEK); // Tuesday: Monday's alert is in this week
        assertEquals(4, ids().size());

        model.fromDateProperty().set(LocalDate.of(2026, 11, 23));
        model.toDateProperty().set(LocalDate.of(2026, 11, 23));
        assertEquals(LogPeriod.CUSTOM, model.periodProperty().get());
        assertEquals(List.of(yesterday), ids());

        model.periodProperty().set(LogPeriod.ALL);
        assertNull(model.fromDateProperty().get());
        assertEquals(4, ids().size());
    }

    @Test
    void aClearedFilterMeansAll() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Overval", "Kerkplein")), log.jan);
        model.load();
        model.officerProperty().set(choice(model.officerChoices(), log.piet.officer().id()));
        assertEquals(0, model.rows().size());

        model.officerProperty().set(null); // what a combo box does when its items are replaced

        assertEquals("Alle agenten", model.officerProperty().get().label());
        assertEquals(1, model.rows().size());
    }

    @Test
    void aFilterWithoutResultsSaysSo() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Overval", "Kerkplein")), log.jan);
        model.load();

        model.kindProperty().set(choice(model.kindChoices(), MessageKind.VERMISSING));

        assertEquals("Geen berichten met deze filters.", model.placeholderProperty().get());
    }

    @Test
    void detailShowsTextValuesChainAndTheClosingAfloopbericht() {
        long original = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        log.clock.advance(Duration.ofMinutes(10));
        long update = log.sent(LogFixture.update(original, "*UPDATE*\nNu lopend richting station." + LogFixture.NOTICE), log.jan);
        log.clock.advance(Duration.ofMinutes(20));
        long afloop = log.sent(LogFixture.afloop(original, "*AFLOOPBERICHT*\nAangehouden." + LogFixture.NOTICE), log.piet);
        model.load();

        model.select(update);

        LogDetail detail = model.detailProperty().get();
        assertEquals(update, detail.id());
        assertEquals("Heterdaad #" + update, detail.heading());
        assertEquals("*UPDATE*\nNu lopend richting station." + LogFixture.NOTICE, detail.text());
        assertEquals(List.of(original, update, afloop), detail.chain().stream().map(LogDetail.Link::id).toList());
        assertEquals(List.of(false, true, false), detail.chain().stream().map(LogDetail.Link::current).toList());
        assertEquals("Melding – 23-11 14.32: Woninginbraak om 14.32 uur aan de Dorpsstraat.", detail.chain().get(0).label());
        assertEquals("Afloopbericht – 23-11 15.02: Aangehouden.", detail.chain().get(2).label());
        assertEquals("Gesloten door het afloopbericht van 23-11 15.02, door P. Jansen (234567). Uitkomst: Aangehouden.", detail.closure());

        model.select(original);

        assertEquals(List.of("delict: Woninginbraak", "verdachten 1 – geslacht: man", "verdachten 1 – leeftijd: 20",
                "verdachten 2 – geslacht: vrouw", "foto: ja"), model.detailProperty().get().values());

        var shipped = TemplateSource.fromDirectory(Path.of("templates"));
        model.useTemplates(shipped::find);
        model.select(update);
        model.select(original);
        assertEquals(List.of("Delict: Woninginbraak", "Verdachte 1 – Geslacht: man", "Verdachte 1 – Leeftijd: 20",
                "Verdachte 2 – Geslacht: vrouw", "foto: ja"), model.detailProperty().get().values());
        assertTrue(model.detailProperty().get().meta().startsWith("Door J. de Vries (123456) · aangemaakt 23-11 14.32 · verstuurd 23-11 14.32"),
                model.detailProperty().get().meta());
    }

    @Test
    void detailTellsWhoClosedWithWhichReasonOrWhenTheAfloopIsDue() {
        long closed = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Overval", "Kerkplein")), log.jan);
        log.clock.advance(Duration.ofMinutes(5));
        log.service.closeWithReason(closed, CloseCategory.LOOS_ALARM, "Vals alarm", log.piet);
        long open = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        long call = log.sent(LogFixture.getuigenoproep("*GETUIGENOPROEP*\nWie zag het?" + LogFixture.NOTICE), log.jan);
        model.load();

        model.select(closed);
        assertEquals("Gesloten zonder afloopbericht op 23-11 14.37 door P. Jansen (234567). Categorie: Loos alarm / geen "
                + "strafbaar feit. Reden: „Vals alarm“",
                model.detailProperty().get().closure());

        model.select(open);
        assertEquals("Nog open: afloopbericht verwacht om 23-11 15.37.", model.detailProperty().get().closure());

        log.clock.advance(Duration.ofHours(2));
        model.select(open);
        assertEquals("⚠ Te laat: het afloopbericht werd verwacht om 23-11 15.37.", model.detailProperty().get().closure());

        model.select(call);
        assertEquals("Geen afloopbericht nodig voor dit soort bericht.", model.detailProperty().get().closure());
    }

    @Test
    void copyAgainPutsTheExactSentTextOnTheClipboard() {
        String text = "*POLITIEBERICHT – HETERDAAD*  \nWoninginbraak 🚨 aan de ‘Dorpsstraat’ {0} ${naam}\n\n\n_Bel 112._ ";
        long id = log.sent(LogFixture.heterdaad(text), log.jan);
        model.load();
        model.select(id);

        model.copyAgain();

        assertEquals(List.of(text), clipboard);
        assertEquals("Tekst staat weer op het klembord, precies zoals verstuurd.", model.noticeProperty().get());
    }

    @Test
    void copyAgainWithoutSelectionDoesNothing() {
        model.load();

        model.copyAgain();

        assertEquals(List.of(), clipboard);
    }

    @Test
    void aSearchResultThatArrivesAfterANewerOneIsIgnored() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        long roof = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        QueuedRunner runner = new QueuedRunner();
        LogViewModel slow = log.model(runner, clipboard);
        slow.load();
        runner.runAll();

        slow.searchTextProperty().set("dorps");
        slow.searchTextProperty().set("stations");
        assertTrue(slow.loadingProperty().get());
        runner.runTask(1); // the newer search answers first
        runner.runTask(0); // then the older one, late

        assertEquals(List.of(roof), slow.rows().stream().map(LogRow::id).toList());
        assertFalse(slow.loadingProperty().get());
    }

    @Test
    void aPageForAnOldFilterIsNotAppended() {
        for (int i = 0; i < 70; i++) {
            log.sent(LogFixture.getuigenoproep("Oproep " + i + LogFixture.NOTICE), log.jan);
        }
        QueuedRunner runner = new QueuedRunner();
        LogViewModel slow = log.model(runner, clipboard);
        slow.load();
        runner.runAll();

        slow.loadMore();
        slow.searchTextProperty().set("Oproep 3");
        runner.runTask(0); // the next page of the unfiltered log arrives after the filter changed
        runner.runAll();

        assertTrue(slow.rows().stream().allMatch(r -> r.summary().startsWith("Oproep 3")), slow.rows()::toString);
    }

    @Test
    void aDetailThatArrivesAfterTheNextSelectionIsIgnored() {
        long first = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        long second = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Straatroof", "Stationsplein")), log.jan);
        QueuedRunner runner = new QueuedRunner();
        LogViewModel slow = log.model(runner, clipboard);

        slow.select(first);
        slow.select(second);
        runner.runTask(1);
        runner.runTask(0);

        assertEquals(second, slow.detailProperty().get().id());
    }

    /** On a real log on disk: the failure is the closed database's own. */
    @Test
    void aStorageFailureIsShownNotSwallowed() {
        try (LogFixture onDisk = new LogFixture(dir)) {
            LogViewModel model = onDisk.model(TaskRunner.sameThread(), clipboard);
            model.load();
            onDisk.storage.close();

            model.reload();

            assertTrue(model.errorProperty().get().startsWith("Het logboek kon niet gelezen worden: "), model.errorProperty().get());
            assertEquals(model.errorProperty().get(), model.placeholderProperty().get());
            assertFalse(model.loadingProperty().get());
        }
    }

    @Test
    void periodsFollowTheDutchCalendar() {
        LocalDate tuesday = LocalDate.of(2026, 11, 24);
        LogPeriod.Range week = LogPeriod.THIS_WEEK.range(tuesday, LogFixture.ZONE, null, null);
        assertEquals(LocalDate.of(2026, 11, 23).atStartOfDay(LogFixture.ZONE).toInstant(), week.from());
        assertEquals(LocalDate.of(2026, 11, 25).atStartOfDay(LogFixture.ZONE).toInstant(), week.to());
        LogPeriod.Range month = LogPeriod.THIS_MONTH.range(tuesday, LogFixture.ZONE, null, null);
        assertEquals(LocalDate.of(2026, 11, 1).atStartOfDay(LogFixture.ZONE).toInstant(), month.from());
        assertEquals(LogPeriod.Range.ALL, LogPeriod.CUSTOM.range(tuesday, LogFixture.ZONE, null, null));
    }

    @Test
    void durationsReadAsMinutesOrHours() {
        assertEquals("42 min", LogFormat.duration(Duration.ofMinutes(42)));
        assertEquals("2 u 5 min", LogFormat.duration(Duration.ofMinutes(125)));
        assertEquals("—", LogFormat.duration(null));
    }

    private List<Long> ids() {
        return model.rows().stream().map(LogRow::id).toList();
    }

    private static <T> Choice<T> choice(List<Choice<T>> choices, T value) {
        return choices.stream().filter(c -> value.equals(c.value())).findFirst().orElseThrow();
    }
}

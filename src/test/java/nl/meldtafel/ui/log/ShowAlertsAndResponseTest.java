package nl.meldtafel.ui.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Logboek as the Overzicht opens it (exactly a figure's alerts), and the "Reactie" per alert. */
class ShowAlertsAndResponseTest {

    @TempDir
    Path dir;
    private LogFixture log;
    private LogViewModel model;
    private final SimpleObjectProperty<Officer> atDesk = new SimpleObjectProperty<>();

    @BeforeEach
    void setUp() {
        log = new LogFixture(dir);
        model = log.model(TaskRunner.sameThread(), new ArrayList<>());
        model.useResponses(log.storage.responses(), atDesk);
        atDesk.set(log.jan.officer());
    }

    @AfterEach
    void tearDown() {
        log.close();
    }

    /** A sent heterdaad, selected in the Logboek so its Reactie shows. */
    private long selectedHeterdaad() {
        long a = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        model.select(a);
        return a;
    }

    private List<Long> shownIds() {
        return model.rows().stream().map(LogRow::id).toList();
    }

    @Test
    void showAlertsListsExactlyThoseWithABannerUntilCleared() {
        long a = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        long b = log.sent(LogFixture.vermissing("Vermist: man van 80" + LogFixture.NOTICE), log.piet);
        long c = log.sent(LogFixture.getuigenoproep("Getuigen gezocht" + LogFixture.NOTICE), log.jan);
        model.load();
        model.searchTextProperty().set("getuigen");
        assertEquals(List.of(c), shownIds());

        model.showAlerts("Te laat", List.of(a, b));

        assertEquals(List.of(b, a), shownIds());
        assertEquals("Overzicht: Te laat (2 berichten)", model.overviewBannerProperty().get());
        assertEquals("", model.searchTextProperty().get(), "a search would hide alerts of the figure");

        model.clearOverview();

        assertEquals(List.of(c, b, a), shownIds());
        assertEquals("", model.overviewBannerProperty().get());
    }

    @Test
    void aFigureWithoutAlertsShowsAnEmptyLogThatSaysItIsFiltered() {
        log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        model.load();

        model.showAlerts("Te laat", List.of());

        assertEquals(List.of(), shownIds());
        assertEquals("Overzicht: Te laat (geen berichten)", model.overviewBannerProperty().get());
    }

    @Test
    void responseIsRecordedForTheSelectedAlertAndShownAgainLater() {
        long a = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        model.load();
        model.select(a);
        ResponseViewModel r = model.response();
        assertTrue(r.availableProperty().get());
        assertEquals("Nog geen reactie vastgelegd.", r.recordedProperty().get());

        r.calls112Property().set("3");
        r.calls0900Property().set("");
        r.resultProperty().set(r.resultChoices().get(ResponseResult.AANHOUDING.ordinal()));
        r.save();

        assertEquals("Reactie opgeslagen.", r.noticeProperty().get());
        assertEquals(3, log.storage.responses().state(a).response().orElseThrow().calls112());
        assertEquals(0, log.storage.responses().state(a).response().orElseThrow().calls0900());
        assertTrue(r.recordedProperty().get().startsWith("Vastgelegd door J. de Vries"));

        model.select(log.sent(LogFixture.getuigenoproep("Oproep" + LogFixture.NOTICE), log.jan));
        assertEquals("", r.calls112Property().get());
        model.select(a);
        assertEquals("3", r.calls112Property().get());
        assertEquals("Aanhouding", r.resultProperty().get().label());
    }

    @Test
    void aResponseRecordedAtAnotherDeskMeanwhileKeepsWhatWasTypedSaysWhoAndWhenAndReloads() {
        long a = selectedHeterdaad();
        ResponseViewModel r = model.response();
        r.calls112Property().set("3");
        r.resultProperty().set(r.resultChoices().get(ResponseResult.AANHOUDING.ordinal()));
        log.clock.advance(java.time.Duration.ofMinutes(3));
        log.storage.responses().record(a, 0, 1, 2, ResponseResult.GEEN, log.piet); // another desk, first

        r.save();

        assertEquals("Deze reactie is intussen vastgelegd door P. Jansen (" + java.time.format.DateTimeFormatter.ofPattern("HH.mm").format(log.clock.instant().atZone(LogFixture.ZONE)) + "). Uw invoer "
                + "staat nog in het formulier; laad opnieuw om de nieuwe versie te zien.", r.errorProperty().get());
        assertEquals("3", r.calls112Property().get(), "what was typed is kept");
        assertEquals("Aanhouding", r.resultProperty().get().label());
        assertTrue(r.changedMeanwhileProperty().get(), "reload is offered");
        assertEquals(1, log.storage.responses().state(a).response().orElseThrow().calls112(), "Piet's response stands");

        r.reload();

        assertEquals("1", r.calls112Property().get());
        assertEquals("2", r.calls0900Property().get());
        assertFalse(r.changedMeanwhileProperty().get());
        assertEquals("", r.errorProperty().get());
        r.calls112Property().set("4");
        r.save();
        assertEquals("Reactie opgeslagen.", r.noticeProperty().get(), "based on Piet's version it saves");
        assertEquals(4, log.storage.responses().state(a).response().orElseThrow().calls112());
    }

    @Test
    void typedCallsThatAreNoNumberAreRefusedAndKept() {
        long a = selectedHeterdaad();
        ResponseViewModel r = model.response();

        r.calls112Property().set("drie");
        r.save();

        assertEquals("Vul bij de meldingen een aantal in van 0 tot 9999.", r.errorProperty().get());
        assertEquals("drie", r.calls112Property().get());
        assertTrue(log.storage.responses().state(a).response().isEmpty());
    }

    @Test
    void withoutAnOfficerAtTheDeskNothingIsSaved() {
        long a = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        model.select(a);
        atDesk.set(null);

        model.response().calls112Property().set("1");
        model.response().save();

        assertTrue(model.response().errorProperty().get().startsWith("Kies eerst wie"));
        assertTrue(log.storage.responses().state(a).response().isEmpty());
    }

    @Test
    void anAfloopberichtHasNoReactieSection() {
        long a = log.sent(LogFixture.heterdaad(LogFixture.heterdaadText("Woninginbraak", "Dorpsstraat")), log.jan);
        long afloop = log.sent(LogFixture.afloop(a, "Verdachte aangehouden" + LogFixture.NOTICE), log.jan);

        model.select(afloop);

        assertFalse(model.response().availableProperty().get());
    }
}

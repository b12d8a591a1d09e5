package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.alert.ResponseService;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResponseServiceTest extends StorageContract {

    private static final Instant START = Instant.parse("2026-11-23T13:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private AlertService alerts;
    private ResponseService responses;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void open() {
        storage = open(clock);
        alerts = storage.alertService();
        responses = storage.responses();
        jan = Fixtures.officer(storage, "J. de Vries", "123456");
        piet = Fixtures.officer(storage, "P. Jansen", "654321");
        Fixtures.addGroups(storage, "Leiden-Zuid");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private long sent() {
        long id = alerts.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);
        alerts.confirmSent(id, jan);
        return id;
    }

    @Test
    void recordsAndThenReplacesTheResponseWithWhoAndWhen() {
        long id = sent();
        assertEquals(new ResponseService.State(true, java.util.Optional.empty()), responses.state(id));

        AlertResponse first = responses.record(id, 0, 2, 1, ResponseResult.GEEN, jan);
        clock.advance(Duration.ofHours(3));
        AlertResponse latest = responses.record(id, first.version(), 4, 1, ResponseResult.AANHOUDING, piet);

        assertEquals(new AlertResponse(4, 1, ResponseResult.AANHOUDING, START.plus(Duration.ofHours(3)), piet.officer().id(),
                "P. Jansen", 2), latest);
        assertEquals(latest, responses.state(id).response().orElseThrow());
        assertEquals(2, responses.state(id).version());
    }

    @Test
    void aResponseBasedOnAnOlderVersionIsRefusedWithWhoRecordedTheNewerOneAndWhen() {
        long id = sent();
        ResponseService.State seenByJan = responses.state(id);
        ResponseService.State seenByPiet = responses.state(id);
        assertEquals(0, seenByJan.version(), "none recorded yet");
        clock.advance(Duration.ofMinutes(3));
        responses.record(id, seenByPiet.version(), 4, 0, ResponseResult.AANHOUDING, piet);
        long entries = storage.audit().head().map(h -> h.seq()).orElse(0L);

        ChangedMeanwhileException refused = assertThrows(ChangedMeanwhileException.class,
                () -> responses.record(id, seenByJan.version(), 1, 1, ResponseResult.GEEN, jan));

        assertEquals(ChangedMeanwhileException.Subject.RESPONSE, refused.subject());
        assertEquals(Optional.of("P. Jansen"), refused.current().changedBy());
        assertEquals(Optional.of(START.plus(Duration.ofMinutes(3))), refused.current().changedAt());
        assertEquals(4, responses.state(id).response().orElseThrow().calls112(), "Piet's response stands");
        assertEquals(entries, storage.audit().head().map(h -> h.seq()).orElse(0L), "nothing chained for the refused one");
        // once Jan has seen Piet's response, his next save is based on it and goes through
        responses.record(id, responses.state(id).version(), 5, 0, ResponseResult.AANHOUDING, jan);
        assertEquals(5, responses.state(id).response().orElseThrow().calls112());
    }

    @Test
    void responseSurvivesReopeningAndReachesTheOverview() {
        long id = sent();
        responses.record(id, 0, 3, 2, ResponseResult.PERSOON_AANGETROFFEN, jan);
        storage.close();
        storage = open(clock);

        Overview o = storage.overviews().overview(Period.weekOf(LocalDate.of(2026, 11, 23), MutableClock.AMSTERDAM));

        assertEquals(List.of(id), o.responses().contributed().ids());
        assertEquals(3, o.responses().calls112());
        assertEquals(2, o.responses().calls0900());
    }

    @ParameterizedTest(name = "{0} calls to 112 and {1} to 0900 are refused")
    @CsvSource({"-1, 0", "0, -1", "10000, 0", "0, 10000"})
    void impossibleNumbersOfCallsAreRefused(int calls112, int calls0900) {
        long id = sent();

        assertThrows(IllegalArgumentException.class, () -> responses.record(id, 0, calls112, calls0900, ResponseResult.GEEN, jan));
        assertTrue(responses.state(id).response().isEmpty());
    }

    @Test
    void unsentAlertHasNoResponse() {
        long pending = alerts.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);

        assertFalse(responses.state(pending).recordable());
        assertThrows(IllegalStateException.class, () -> responses.record(pending, 0, 1, 0, ResponseResult.GEEN, jan));
        assertThrows(IllegalStateException.class, () -> responses.record(999, 0, 1, 0, ResponseResult.GEEN, jan));
    }

    @Test
    void afloopberichtTakesNoResponseOfItsOwn() {
        long original = sent();
        long afloop = alerts.recordPending(Fixtures.afloop(original, "Aangehouden"), jan);
        alerts.confirmSent(afloop, jan);

        assertFalse(responses.state(afloop).recordable());
        assertThrows(IllegalStateException.class, () -> responses.record(afloop, 0, 1, 0, ResponseResult.AANHOUDING, jan));
        // the closed original still takes one
        assertTrue(responses.state(original).recordable());
        responses.record(original, 0, 1, 0, ResponseResult.AANHOUDING, jan);
    }

    @Test
    void theSchemaRefusesAResponseForAnUnsentAlertWhoeverWrites() throws Exception {
        long pending = alerts.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);

        assertThrows(java.sql.SQLException.class, () -> rawExec(
                "INSERT INTO alert_response (alert_id, calls_112, calls_0900, result, recorded_at, officer_id, os_account) "
                        + "VALUES (" + pending + ", 1, 0, 'GEEN', 0, 1, 'x')"));
    }
}

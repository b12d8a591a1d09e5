package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ResponseResult;
import org.junit.jupiter.api.Test;

class ResponseRepositoryContractTest extends BackendContract {

    @Test
    void theLastResponseWinsWithWhoRecordedItAndWhen() {
        Actor jan = officer("J. de Vries", "123456");
        Actor piet = officer("P. Jansen", "654321");
        long id = sent(Fixtures.heterdaad("Inbraak"), jan);

        assertTrue(backend.responses().save(id, 0, 2, 1, ResponseResult.GEEN, START, jan));
        assertTrue(backend.responses().save(id, 1, 4, 1, ResponseResult.AANHOUDING, START.plus(Duration.ofHours(3)), piet));
        reopen();

        assertEquals(new AlertResponse(4, 1, ResponseResult.AANHOUDING, START.plus(Duration.ofHours(3)), piet.officer().id(),
                "P. Jansen", 2), backend.responses().find(id).orElseThrow());
        assertTrue(backend.responses().find(id + 1).isEmpty());
    }

    @Test
    void aSaveBasedOnAnOlderVersionWritesNothing() {
        Actor jan = officer("J. de Vries", "123456");
        Actor piet = officer("P. Jansen", "654321");
        long id = sent(Fixtures.heterdaad("Inbraak"), jan);
        backend.responses().save(id, 0, 2, 1, ResponseResult.GEEN, START, piet);

        assertFalse(backend.responses().save(id, 0, 9, 9, ResponseResult.ANDERS, START, jan), "a first one is there already");
        assertTrue(backend.responses().save(id, 1, 3, 1, ResponseResult.GEEN, START, piet));
        assertFalse(backend.responses().save(id, 1, 9, 9, ResponseResult.ANDERS, START, jan), "version 1 was replaced");

        AlertResponse stored = backend.responses().find(id).orElseThrow();
        assertEquals(3, stored.calls112());
        assertEquals(2, stored.version());
        assertEquals("P. Jansen", stored.recordedByName());
    }

    @Test
    void theSchemaRefusesAResponseForAPendingAlert() {
        Actor jan = officer("J. de Vries", "123456");
        long pending = pending(Fixtures.heterdaad("Inbraak"), jan);

        assertThrows(StorageException.class, () -> backend.responses().save(pending, 0, 1, 0, ResponseResult.GEEN, START, jan));
        assertTrue(backend.responses().find(pending).isEmpty());
    }

    /** Also in ResponseServiceTest for SQLite; here for both. */
    @Test
    void theSchemaRefusesAResponseForAnUnsentAlertWhoeverWrites() {
        Actor jan = officer("J. de Vries", "123456");
        long pending = pending(Fixtures.heterdaad("Inbraak"), jan);

        assertThrows(java.sql.SQLException.class, () -> rawExec(
                "INSERT INTO alert_response (alert_id, calls_112, calls_0900, result, recorded_at, officer_id, os_account) "
                        + "VALUES (" + pending + ", 1, 0, 'GEEN', 0, " + jan.officer().id() + ", 'x')"));
    }
}

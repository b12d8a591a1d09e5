package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Instant;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.CloseCategory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The database itself refuses to change the record, whatever program writes to it: on SQLite and on PostgreSQL. */
class ImmutabilityTest extends StorageContract {

    private Storage storage;
    private long sent;
    private long pending;

    @BeforeEach
    void setUp() {
        storage = open(new MutableClock(Instant.parse("2026-11-23T13:00:00Z")));
        Fixtures.addGroups(storage, "Leiden-Zuid", "Merenwijk");
        Actor jan = Fixtures.officer(storage, "J. de Vries", "1");
        AlertService service = storage.alertService();
        sent = service.recordPending(Fixtures.heterdaad("Inbraak", 1L), jan);
        service.confirmSent(sent, jan);
        pending = service.recordPending(Fixtures.heterdaad("Nog niet geplaatst", 1L), jan);
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE alert SET text = 'Iets anders' WHERE id = %d",
        "UPDATE alert SET values_json = '{}' WHERE id = %d",
        "UPDATE alert SET kind = 'WAARSCHUWING' WHERE id = %d",
        "UPDATE alert SET sent_at = sent_at - 60000 WHERE id = %d",
        "UPDATE alert SET template_hash = 'andere' WHERE id = %d",
        "UPDATE alert SET status = 'PENDING' WHERE id = %d",
        "UPDATE alert SET text = NULL WHERE id = %d",
        "DELETE FROM alert WHERE id = %d",
        "DELETE FROM alert_group WHERE alert_id = %d",
        "INSERT INTO alert_group (alert_id, group_id) VALUES (%d, 2)"
    })
    void rawSqlCannotChangeOrRemoveASentAlert(String sql) throws SQLException {
        String statement = String.format(sql, sent);
        SQLException e = assertThrows(SQLException.class, () -> rawExec(statement));
        assertTrue(e.getMessage().contains("cannot be changed") || e.getMessage().contains("cannot be deleted")
                || e.getMessage().contains("only move forward"), e.getMessage());
        assertEquals("Inbraak", storage.alerts().find(sent).orElseThrow().text());
    }

    @Test
    void auditEntriesCannotBeChangedOrDeleted() {
        long head = storage.audit().head().orElseThrow().seq();
        assertThrows(SQLException.class, () -> rawExec("UPDATE audit_entry SET details = '{}'"));
        assertThrows(SQLException.class, () -> rawExec("DELETE FROM audit_entry"));
        assertEquals(head, storage.audit().head().orElseThrow().seq());
        assertTrue(storage.verifier().verify(java.util.Optional.empty()).intact());
    }

    @Test
    void closingOfAClosedAlertCannotBeRewritten() throws SQLException {
        storage.alertService().closeWithReason(sent, CloseCategory.ANDERS, "Onjuiste melding", Fixtures.officer(storage, "P", "2"));

        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET close_reason = 'anders' WHERE id = " + sent));
        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET status = 'SENT' WHERE id = " + sent));
    }

    @Test
    void outcomeAndCloseCategoryAreSetOnlyByTheClosingAndNeverChange() throws SQLException {
        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET close_category = 'DUBBEL' WHERE id = " + sent),
                "not on an open alert");
        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET status = 'CLOSED', closed_at = 1, "
                + "closed_by_officer_id = officer_id, closed_os_account = 'x' WHERE id = " + sent), "a closing without category");
        storage.alertService().closeWithReason(sent, CloseCategory.LOOS_ALARM, "Onjuiste melding", Fixtures.officer(storage, "P", "2"));

        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET close_category = 'DUBBEL' WHERE id = " + sent));
        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET close_category = NULL WHERE id = " + sent));
        assertThrows(SQLException.class, () -> rawExec("UPDATE alert SET outcome = 'AANGEHOUDEN' WHERE id = " + sent));
        assertEquals(CloseCategory.LOOS_ALARM, storage.alerts().find(sent).orElseThrow().closure().category());
    }

    @Test
    void followUpFieldsOfAnOpenAlertMayChange() {
        assertDoesNotThrow(() -> rawExec("UPDATE alert SET due_at = due_at + 1000 WHERE id = " + sent));
    }

    @Test
    void pendingAlertMayStillBeDeleted() throws SQLException {
        rawExec("DELETE FROM alert WHERE id = " + pending);

        assertTrue(storage.alerts().find(pending).isEmpty());
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's services over a PostgreSQL server, end to end: what an officer does, then the chain verified. */
class StorageOnPostgresTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));
    private String url;
    private Storage storage;

    @BeforeEach
    void open() {
        url = EmbeddedServer.migratedDatabase();
        storage = Storage.on(dir, PostgresBackend.at(url, EmbeddedServer.user(), clock), clock);
        storage.open();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void recordConfirmAndCloseAnAlertThenTheChainVerifies() {
        Actor jan = Fixtures.officer(storage, "J. de Vries", "123456");
        Actor piet = Fixtures.officer(storage, "P. Jansen", "654321");
        AlertService alerts = storage.alertService();

        long inbraak = alerts.recordPending(Fixtures.heterdaad("Inbraak Dorpsstraat"), jan);
        alerts.confirmSent(inbraak, jan);
        clock.advance(Duration.ofMinutes(20));
        long afloop = alerts.recordPending(Fixtures.afloop(inbraak, "Verdachte aangehouden"), piet);
        alerts.confirmSent(afloop, piet);
        long vals = alerts.recordPending(Fixtures.vermissing("Jan vermist"), jan);
        alerts.confirmSent(vals, jan);
        alerts.closeWithReason(vals, CloseCategory.LOOS_ALARM, "Loos alarm, thuis", piet);

        Alert closedByAfloop = storage.alerts().find(inbraak).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closedByAfloop.status());
        assertEquals(afloop, closedByAfloop.closure().byAlertId());
        assertEquals(CloseCategory.LOOS_ALARM, storage.alerts().find(vals).orElseThrow().closure().category());

        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertTrue(report.intact(), String.valueOf(report.problem()));
        assertEquals(storage.audit().head(), report.head());
        assertTrue(report.entries() >= 8, "officers, copies, sends and closings: " + report.entries());
    }

    @Test
    void anAlertChangedBehindTheDesksBackIsCaught() throws Exception {
        Actor jan = Fixtures.officer(storage, "J. de Vries", "123456");
        long id = storage.alertService().recordPending(Fixtures.heterdaad("Inbraak Dorpsstraat"), jan);
        storage.alertService().confirmSent(id, jan);
        assertTrue(storage.verifier().verify(Optional.empty()).intact());

        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement()) {
            // a superuser can switch the guard off; the chain still notices
            st.executeUpdate("ALTER TABLE alert DISABLE TRIGGER alert_guard");
            st.executeUpdate("UPDATE alert SET text = 'Inbraak Kerkstraat' WHERE id = " + id);
        }

        VerificationReport report = storage.verifier().verify(Optional.empty());
        assertFalse(report.intact());
        assertTrue(report.problem().orElseThrow().description().contains("text or field values"), report.problem().toString());
    }

    @Test
    void aChainEntryTheServerHashesDifferentlyIsNeverWritten() {
        Actor jan = Fixtures.officer(storage, "J. de Vries", "123456");
        long before = storage.audit().head().orElseThrow().seq();
        // a server function that drifted from the desk's hashing (an edited migration, a broken upgrade)
        EmbeddedServer.execute(url, "CREATE OR REPLACE FUNCTION meldtafel_hash_field(value text) RETURNS bytea "
                + "LANGUAGE sql IMMUTABLE AS $$ SELECT convert_to(coalesce(value, ''), 'UTF8') $$");

        assertThrows(RuntimeException.class,
                () -> storage.alertService().recordPending(Fixtures.heterdaad("Inbraak Dorpsstraat"), jan));

        assertEquals(before, storage.audit().head().orElseThrow().seq(), "no entry written");
        assertTrue(storage.alerts().unconfirmed().isEmpty(), "and no alert without its entry");
        assertTrue(storage.verifier().verify(Optional.empty()).intact());
    }

    @Test
    void theServerLogMakesNoFileBackupsAndIsNotSetAside() {
        assertThrows(StorageException.class, storage::backups);
        assertThrows(StorageException.class, storage::moveAside);
        assertTrue(storage.location().startsWith("server localhost:"), storage.location());
    }
}

package nl.meldtafel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.StorageUnavailableException;
import org.junit.jupiter.api.Test;

class PostgresBackendTest {

    private final Clock clock = Clock.systemUTC();

    @Test
    void serverInitGivesAnEmptyDatabaseTheSchemaWithOneDefaultTeamAndADeskThenOpensIt() throws Exception {
        String url = EmbeddedServer.freshDatabase();
        ServerSetup.init(url, EmbeddedServer.user(), ServerSetup.DEFAULT_DESK_ROLE);
        try (PostgresBackend backend = PostgresBackend.at(url, EmbeddedServer.user(), clock)) {
            backend.open(() -> { });
            assertTrue(backend.isOpen());
        }
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, name FROM team")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getLong(1));
            assertFalse(rs.next());
        }
    }

    @Test
    void aSchemaFromANewerMeldtafelIsRefusedAndLeftAsItWas() throws Exception {
        String url = EmbeddedServer.migratedDatabase();
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql', 0, "
                    + "'postgres', 1, true)");
        }
        PostgresBackend backend = PostgresBackend.at(url, EmbeddedServer.user(), clock);

        StorageException e = assertThrows(StorageException.class, () -> backend.open(() -> { }));

        assertEquals(StorageException.Reason.NEWER_VERSION, e.reason());
        assertFalse(backend.isOpen());
        assertThrows(StorageUnavailableException.class, () -> backend.officers().all());
    }

    @Test
    void callsBeforeOpenAreRefusedAndTheFirstStepRunsBeforeAnyOtherThread() throws Exception {
        PostgresBackend backend = PostgresBackend.at(EmbeddedServer.migratedDatabase(), EmbeddedServer.user(), clock);
        assertThrows(StorageUnavailableException.class, () -> backend.officers().all());

        AtomicReference<Throwable> otherThread = new AtomicReference<>();
        backend.open(() -> {
            backend.officers().register("J. de Vries", "123456"); // the opening thread may
            Thread other = new Thread(() -> {
                try {
                    backend.officers().all();
                } catch (Throwable t) {
                    otherThread.set(t);
                }
            });
            other.start();
            try {
                other.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });

        assertTrue(otherThread.get() instanceof StorageUnavailableException, String.valueOf(otherThread.get()));
        assertEquals(1, backend.officers().all().size());
        backend.close();
    }

    @Test
    void aFailingFirstStepLeavesTheLogClosed() {
        PostgresBackend backend = PostgresBackend.at(EmbeddedServer.migratedDatabase(), EmbeddedServer.user(), clock);

        assertThrows(IllegalStateException.class, () -> backend.open(() -> {
            throw new IllegalStateException("chain form could not be written");
        }));

        assertFalse(backend.isOpen());
        backend.open(() -> { });
        assertTrue(backend.isOpen());
        backend.close();
    }

    @Test
    void anUnreachableServerIsAStorageErrorThatNamesTheServerNotThePassword() {
        java.util.Properties secret = EmbeddedServer.user();
        secret.setProperty("password", "geheim-wachtwoord");
        secret.setProperty("connectTimeout", "2");
        PostgresBackend backend = PostgresBackend.at("jdbc:postgresql://127.0.0.1:1/meldtafel", secret, clock);

        StorageException e = assertThrows(StorageException.class, () -> backend.open(() -> { }));

        assertTrue(e.getMessage().contains("server 127.0.0.1:1/meldtafel"), e.getMessage());
        assertFalse(e.getMessage().contains("geheim"), e.getMessage());
        assertFalse(backend.isOpen());
    }
}

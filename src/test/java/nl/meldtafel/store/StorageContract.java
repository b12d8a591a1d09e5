package nl.meldtafel.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The base of service-level contract suites: every test of a subclass runs once with the desk's services
 * over SQLite and once over PostgreSQL, each on a fresh log of its own.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(BackendContract.Kind.class)
abstract class StorageContract {

    @Parameter
    BackendContract.Kind kind;
    @TempDir
    Path dir;
    private String url;

    /** Opens the services on this test's log: the same log every time it is called. */
    Storage open(Clock clock) {
        if (kind == BackendContract.Kind.SQLITE) {
            return Storage.open(dir, clock);
        }
        if (url == null) {
            url = EmbeddedServer.migratedDatabase();
        }
        Storage storage = Storage.on(dir, PostgresBackend.at(url, EmbeddedServer.user(), clock), clock);
        storage.open();
        return storage;
    }

    /** A connection that bypasses Meldtafel, as another program or an attacker would use. */
    Connection rawConnection() throws SQLException {
        return kind == BackendContract.Kind.SQLITE ? Fixtures.raw(Storage.databaseFile(dir))
                : DriverManager.getConnection(url, EmbeddedServer.user());
    }

    /** Statements run past Meldtafel, as another program or an attacker would. */
    void rawExec(String... sql) throws SQLException {
        try (Connection c = rawConnection(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        }
    }
}

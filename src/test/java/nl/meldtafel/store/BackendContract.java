package nl.meldtafel.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The base of the contract suites: every test of a subclass runs once on SQLite and once on PostgreSQL,
 * each on a fresh log of its own (a temporary folder, or a new database on the fork's embedded server).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(BackendContract.Kind.class)
abstract class BackendContract {

    static final Instant START = Instant.parse("2026-11-23T13:00:00Z");

    enum Kind { SQLITE, POSTGRESQL }

    @Parameter
    Kind kind;
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(START);
    Backend backend;
    private String url;

    @BeforeEach
    void openBackend() {
        url = kind == Kind.POSTGRESQL ? EmbeddedServer.migratedDatabase() : null;
        backend = newBackend();
        backend.open(() -> { });
    }

    @AfterEach
    void closeBackend() {
        if (backend != null) {
            backend.close();
        }
    }

    private Backend newBackend() {
        return kind == Kind.SQLITE ? SqliteBackend.in(dir, clock) : PostgresBackend.at(url, EmbeddedServer.user(), clock);
    }

    /** Closes the log and opens it again, as the next start of the desk does. */
    void reopen() {
        backend.close();
        backend = newBackend();
        backend.open(() -> { });
    }

    /** Statements run past Meldtafel, as another program or an attacker would. */
    void rawExec(String... sql) throws SQLException {
        try (Connection c = kind == Kind.SQLITE ? Fixtures.raw(Storage.databaseFile(dir))
                : DriverManager.getConnection(url, EmbeddedServer.user());
             Statement st = c.createStatement()) {
            for (String s : sql) {
                st.executeUpdate(s);
            }
        }
    }

    Actor officer(String name, String number) {
        return new Actor(backend.officers().register(name, number), "tester");
    }

    long pending(NewAlert alert, Actor by) {
        return backend.transactor().inTransaction("test", () -> backend.alerts().insertPending(alert, by, clock.instant(), new byte[16]));
    }

    /** An alert recorded and marked sent, with no groups, as the repositories see it (no chain entries). */
    long sent(NewAlert alert, Actor by) {
        long id = pending(alert, by);
        backend.alerts().markSent(id, clock.instant(), "2026-W48", null, List.of());
        return id;
    }
}

package nl.meldtafel.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL per test JVM, started by the first test that needs it and stopped when the JVM
 * ends. Each Surefire fork gets its own server on a free port; each test its own database in it.
 */
public final class EmbeddedServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private EmbeddedServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException e) {
                        // the JVM is ending; the server's folder is temporary anyway
                    }
                }, "embedded-postgres-stop"));
                server = started;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
            }
        }
        return server;
    }

    /** A new, empty database that no other test sees; returns its JDBC URL. */
    public static String freshDatabase() {
        String name = "meldtafel_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    /** What the desk would pass to the driver: the embedded server's superuser, no password. */
    public static Properties user() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return p;
    }
}

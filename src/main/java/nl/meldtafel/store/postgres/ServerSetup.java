package nl.meldtafel.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;
import nl.meldtafel.store.StorageException;
import org.flywaydb.core.api.output.MigrateResult;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code server init}: what the server's administrator runs once, and again after each Meldtafel
 * upgrade. It creates or upgrades the schema and (re)grants the desks' least-privilege role.
 */
public final class ServerSetup {

    public static final String DEFAULT_DESK_ROLE = "meldtafel_desk";
    private static final Logger LOG = LoggerFactory.getLogger(ServerSetup.class);
    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /** What a run did: the schema version before and after, and the role the desks get. */
    public record Outcome(String versionBefore, String versionAfter, int migrationsApplied, String deskRole) {
    }

    private ServerSetup() {
    }

    /** True for a role name {@link #init} accepts: lower case letters, digits and underscores. */
    public static boolean isRoleName(String name) {
        return IDENTIFIER.matcher(name).matches();
    }

    /**
     * Creates or upgrades the schema at {@code jdbcUrl} and grants {@code deskRole} what a desk needs,
     * nothing more. Connect as the database's owner.
     *
     * @throws StorageException when the server cannot be reached, refuses, or holds a newer schema
     */
    public static Outcome init(String jdbcUrl, Properties connectionProperties, String deskRole) {
        if (!isRoleName(deskRole)) {
            throw new IllegalArgumentException("'" + deskRole + "' is not a role name: use lower case letters, digits and _");
        }
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        connectionProperties.forEach((k, v) -> setProperty(dataSource, (String) k, (String) v));
        String location = PostgresBackend.locationOf(jdbcUrl);
        long started = System.nanoTime();
        MigrateResult result = ServerSchema.migrate(dataSource, location);
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            st.execute(deskRoleSql(deskRole, currentSchema(st)));
            c.commit();
        } catch (SQLException e) {
            throw PgErrors.wrap("Could not grant the desks' role " + deskRole + " on " + location, e);
        }
        String after = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info("server init on {}: schema {} -> {} ({} migrations), desk role {} granted, {} ms", location,
                result.initialSchemaVersion, after, result.migrationsExecuted, deskRole, (System.nanoTime() - started) / 1_000_000);
        return new Outcome(result.initialSchemaVersion, after, result.migrationsExecuted, deskRole);
    }

    private static void setProperty(PGSimpleDataSource dataSource, String name, String value) {
        try {
            dataSource.setProperty(name, value);
        } catch (SQLException e) {
            throw new IllegalArgumentException("the driver does not know the parameter " + name, e);
        }
    }

    private static String currentSchema(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            rs.next();
            String schema = rs.getString(1);
            if (schema == null || !IDENTIFIER.matcher(schema).matches()) {
                throw new StorageException(StorageException.Reason.OTHER, "Unexpected schema '" + schema + "' for Meldtafel's tables");
            }
            return schema;
        }
    }

    private static String deskRoleSql(String role, String schema) {
        try (InputStream in = ServerSetup.class.getResourceAsStream("desk-role.sql")) {
            if (in == null) {
                throw new IllegalStateException("desk-role.sql is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${role}", role).replace("${schema}", schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

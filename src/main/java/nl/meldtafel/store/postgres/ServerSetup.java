package nl.meldtafel.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
        requireAdministratorsPart(dataSource, deskRole, location);
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

    /**
     * What the log's owner may not be able to do, and the server's administrator then does once: make the
     * desks' role (creating roles reaches far before PostgreSQL 16, so the owner need not have that right),
     * and take from everyone the right to create tables in the schema (before PostgreSQL 15 everyone has it
     * in {@code public}, which the owner does not own: else a desk login could add tables). Asked before
     * anything changes, so a refusal leaves the server as it was.
     */
    private static void requireAdministratorsPart(PGSimpleDataSource dataSource, String deskRole, String location) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT EXISTS (SELECT FROM pg_roles WHERE rolname = ?), r.rolsuper OR r.rolcreaterole, "
                        + "EXISTS (SELECT FROM aclexplode(coalesce(n.nspacl, acldefault('n', n.nspowner))) a "
                        + "WHERE a.grantee = 0 AND a.privilege_type = 'CREATE'), "
                        + "r.rolsuper OR pg_has_role(current_user, n.nspowner, 'USAGE'), current_user, current_database(), n.nspname "
                        + "FROM pg_roles r, pg_namespace n WHERE r.rolname = current_user AND n.nspname = current_schema()")) {
            ps.setString(1, deskRole);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new StorageException(StorageException.Reason.OTHER, "No schema for Meldtafel's tables on " + location);
                }
                List<String> commands = new ArrayList<>();
                if (!rs.getBoolean(1) && !rs.getBoolean(2)) {
                    commands.add("make the desks' role: sudo -u postgres createuser --no-login " + deskRole);
                }
                if (rs.getBoolean(3) && !rs.getBoolean(4)) {
                    commands.add("let no one else create tables: sudo -u postgres psql " + rs.getString(6)
                            + " -c \"REVOKE CREATE ON SCHEMA " + rs.getString(7) + " FROM PUBLIC\"");
                }
                if (!commands.isEmpty()) {
                    throw new StorageException(StorageException.Reason.NO_PERMISSION, "On " + location + " the server's "
                            + "administrator first does once what " + rs.getString(5) + " may not: " + String.join("; ", commands)
                            + ". Then run server init again. Nothing was changed.");
                }
            }
        } catch (SQLException e) {
            throw PgErrors.wrap("Could not read the roles and rights on " + location, e);
        }
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

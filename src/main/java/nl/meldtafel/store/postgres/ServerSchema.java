package nl.meldtafel.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import javax.sql.DataSource;
import nl.meldtafel.store.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The log's schema on a server, kept by Flyway. Only {@code server init} (run by the server's
 * administrator) creates or upgrades it; a desk's role may not change tables, so a desk only checks
 * that the schema is the one it was built for.
 */
public final class ServerSchema {

    static final String MIGRATIONS = "classpath:nl/meldtafel/store/postgres/migrations";

    private ServerSchema() {
    }

    /** Creates or upgrades the schema; refuses one made by a newer Meldtafel, changing nothing. */
    public static MigrateResult migrate(DataSource dataSource, String location) {
        Flyway flyway = flyway(dataSource);
        try {
            refuseNewer(flyway.info(), location);
            return flyway.migrate();
        } catch (FlywayException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Could not set up the schema on " + location + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Refuses a schema that is missing, older or newer than this Meldtafel's: a desk never migrates.
     *
     * @throws StorageException {@code NOT_SET_UP} or {@code NEWER_VERSION}
     */
    public static void check(DataSource dataSource, String location) {
        refuseWithoutRights(dataSource, location);
        try {
            MigrationInfoService info = flyway(dataSource).info();
            refuseNewer(info, location);
            if (info.pending().length > 0) {
                MigrationInfo current = info.current();
                throw new StorageException(StorageException.Reason.NOT_SET_UP, "The log on " + location + " is "
                        + (current == null ? "not set up" : "at schema version " + current.getVersion()) + "; this Meldtafel needs "
                        + info.pending()[info.pending().length - 1].getVersion() + ". "
                        + StorageException.Reason.NOT_SET_UP.plainWords());
            }
        } catch (FlywayException e) {
            throw new StorageException(PgErrors.isPermissionDenied(e) ? StorageException.Reason.NO_PERMISSION
                    : StorageException.Reason.OTHER, "Could not read the schema on " + location + ": " + e.getMessage(), e);
        }
    }

    /**
     * A login outside the desks' role cannot see the schema's history, which Flyway would report as "not set
     * up": the administrator would then run server init again, for nothing. Asked of the catalog instead.
     */
    private static void refuseWithoutRights(DataSource dataSource, String location) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(t.oid, 'SELECT') FROM pg_catalog.pg_class t "
                        + "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace WHERE t.relname = 'flyway_schema_history'")) {
            boolean refused = rs.next() && !rs.getBoolean(1);
            if (!c.getAutoCommit()) {
                c.rollback(); // the pool hands out connections in a transaction: leave none open
            }
            if (refused) {
                throw new StorageException(StorageException.Reason.NO_PERMISSION, "Could not open the log on " + location
                        + ": " + StorageException.Reason.NO_PERMISSION.plainWords());
            }
        } catch (SQLException e) {
            throw PgErrors.wrap("Could not read the schema on " + location, e);
        }
    }

    private static void refuseNewer(MigrationInfoService info, String location) {
        boolean newer = Arrays.stream(info.applied()).map(MigrationInfo::getState)
                .anyMatch(s -> s == MigrationState.FUTURE_SUCCESS || s == MigrationState.FUTURE_FAILED);
        if (newer) {
            throw new StorageException(StorageException.Reason.NEWER_VERSION,
                    "Could not open " + location + ": " + StorageException.Reason.NEWER_VERSION.plainWords());
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).cleanDisabled(true).load();
    }
}

package nl.meldtafel.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConfig;

/**
 * Looks at an existing database file read-only before anything writes to it, so a damaged file or
 * one from a newer Meldtafel is reported and left exactly as it was.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(Path file, int knownVersion) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file)) {
            throw new StorageException(StorageException.Reason.CORRUPT, file + " is not a database file");
        }
        // asked before connecting: the first read of a WAL database creates its -wal file, and that
        // alone voids the marker, so asked later a clean close would never spare a large log the check
        boolean unchanged = CleanShutdown.unchangedSince(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(ConnectionSettings.BUSY_TIMEOUT_MS);
        try (Connection c = ConnectionSettings.connect(file, config)) {
            int version = Migrator.userVersion(c);
            if (version > knownVersion) {
                throw Migrator.newerVersion(file, version, knownVersion, ProgramVersion.writtenBy(c), ProgramVersion.current());
            }
            if (version == 0 && hasTables(c)) {
                throw new StorageException(StorageException.Reason.CORRUPT,
                        file + " is a SQLite database of another program, not a Meldtafel database");
            }
            // the header and schema were read above; the whole file only when it may have changed
            String check = unchanged ? "ok" : ConnectionSettings.pragma(c, "quick_check");
            if (!"ok".equals(check)) {
                throw new StorageException(StorageException.Reason.CORRUPT,
                        file + " is damaged (quick check: " + check + ")");
            }
        } catch (SQLException e) {
            StorageException wrapped = SqliteErrors.wrap("Could not open " + file, e);
            if (wrapped.reason() == StorageException.Reason.CORRUPT) {
                throw new StorageException(StorageException.Reason.CORRUPT,
                        file + " is damaged or not a database: " + e.getMessage(), e);
            }
            throw wrapped;
        }
    }

    private static boolean hasTables(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            return rs.next() && rs.getInt(1) > 0;
        }
    }
}

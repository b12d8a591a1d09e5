package nl.meldtafel.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.SQLiteConfig;

/** The settings every connection needs for durability and safe sharing, and the check that they took. */
final class ConnectionSettings {

    static final int BUSY_TIMEOUT_MS = 5000;

    private ConnectionSettings() {
    }

    static SQLiteConfig config() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // 16 MiB instead of 2: a million alerts' log and FTS indexes do not fit the default. 64 MiB was no
        // faster there (LogBenchmark) and kept ~110 MB more of the desk's memory, spread over the malloc
        // arenas of the threads that use the connection
        config.setCacheSize(-16384);
        return config;
    }

    /** Reads the settings back: a silently ignored pragma would weaken durability unnoticed. */
    static void verify(Connection connection, Path file) throws SQLException {
        List<String> wrong = new ArrayList<>();
        expect(connection, "journal_mode", "wal", wrong);
        expect(connection, "synchronous", "2", wrong);
        expect(connection, "foreign_keys", "1", wrong);
        expect(connection, "busy_timeout", Integer.toString(BUSY_TIMEOUT_MS), wrong);
        expect(connection, "secure_delete", "1", wrong);
        if (!wrong.isEmpty()) {
            throw new StorageException(StorageException.Reason.OTHER,
                    "Refusing to use " + file + ": SQLite did not accept the required settings (" + String.join(", ", wrong) + ")");
        }
    }

    private static void expect(Connection connection, String pragma, String expected, List<String> wrong)
            throws SQLException {
        String actual = pragma(connection, pragma);
        if (!expected.equals(actual == null ? null : actual.toLowerCase(Locale.ROOT))) {
            wrong.add(pragma + " is " + actual + ", needs " + expected);
        }
    }

    static String pragma(Connection connection, String pragma) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}

package nl.meldtafel.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/** The settings every connection needs for durability and safe sharing, and the check that they took. */
final class ConnectionSettings {

    static final int BUSY_TIMEOUT_MS = 5000;

    private ConnectionSettings() {
    }

    /** How a connection keeps what it writes. */
    enum Durability {
        /** The desk's log: write-ahead journal, every commit on disk before it returns. */
        DESK,
        /**
         * A new log built in one go (the demo): the journal in memory, no waiting for the disk, the file
         * held for this connection alone. About a third faster; a crash leaves a broken file, so the log is
         * built where nothing else lives and moved into place when complete ({@link LogBuiltAside}).
         */
        BULK_LOAD
    }

    static SQLiteConfig config() {
        return config(Durability.DESK);
    }

    static SQLiteConfig config(Durability durability) {
        SQLiteConfig config = new SQLiteConfig();
        if (durability == Durability.DESK) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.MEMORY);
            config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
            config.setLockingMode(SQLiteConfig.LockingMode.EXCLUSIVE);
        }
        // the driver makes one call at a time into a connection (its native methods are synchronized on it), and
        // Database holds its lock for each piece of work: SQLite's own lock around every call is taken for nothing.
        // It was 9% of the samples of log verify's reading threads; a verify at a million alerts went from 23.6 to 21.8 s
        config.setOpenMode(SQLiteOpenMode.NOMUTEX);
        config.enforceForeignKeys(true);
        // else the driver prepares and runs "SELECT last_insert_rowid()" after every INSERT, asked for or
        // not: about a tenth of a bulk load's time. Inserts that need their id say RETURNING id
        config.setGetGeneratedKeys(false);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        // the desk: 16 MiB instead of 2, as a million alerts' log and FTS indexes do not fit the default. 64 MiB
        // was no faster there (LogBenchmark) and kept ~110 MB more of the desk's memory, spread over the malloc
        // arenas of the threads that use the connection. A bulk load is a command of its own: 256 MiB
        config.setCacheSize(durability == Durability.DESK ? -16384 : -262144);
        return config;
    }

    /**
     * Connects to the file with SQLite's own driver. Not through {@code DriverManager}: that first loads
     * every driver on the class path, the server's too, which cost the desk's start 10-17 ms.
     */
    static Connection connect(Path file, SQLiteConfig config) throws SQLException {
        return JDBC.createConnection(JDBC.PREFIX + file, config.toProperties());
    }

    /** Reads the settings back: a silently ignored pragma would weaken durability unnoticed. */
    static void verify(Connection connection, Path file, Durability durability) throws SQLException {
        List<String> wrong = new ArrayList<>();
        boolean desk = durability == Durability.DESK;
        expect(connection, "journal_mode", desk ? "wal" : "memory", wrong);
        expect(connection, "synchronous", desk ? "2" : "0", wrong);
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

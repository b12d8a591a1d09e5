package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import nl.meldtafel.alert.Transactor;

/**
 * One SQLite file with the settings Meldtafel relies on. Calls block; one connection serves all
 * threads in turn, other processes are coordinated by SQLite's locks and the busy timeout.
 */
public final class Database implements Transactor, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Path file;
    private final Migrator migrator;
    private final ConnectionSettings.Durability durability;
    // null until connect(): services are built before the file is opened in the background
    private volatile Connection connection;
    private StatementCache statements;
    // fair: a redaction run takes the lock again for each batch, and a send waiting meanwhile goes first
    private final ReentrantLock lock = new ReentrantLock(true);
    // work that holds the log for long (a backup's VACUUM INTO), during which a send queues instead
    private volatile boolean longWork;
    private Mode mode = Mode.NONE;
    private long writeTransactions;
    /** During a bulk load of a log built aside: the search index, built on another core. */
    private SearchIndexAlongside alongside;
    private boolean indexedAlongside;
    // a second reader's close says nothing about how the file's own connection ends
    private final boolean secondReader;

    private enum Mode { NONE, READ, WRITE }

    private Database(Path file, Migrator migrator) {
        this(file, migrator, false, ConnectionSettings.Durability.DESK);
    }

    private Database(Path file, Migrator migrator, boolean secondReader, ConnectionSettings.Durability durability) {
        this.file = file;
        this.migrator = migrator;
        this.secondReader = secondReader;
        this.durability = durability;
    }

    /** The database in {@code file}, not yet opened: every call before {@link #connect} is refused. */
    public static Database at(Path file) {
        return new Database(file, new Migrator(Migrator.all()));
    }

    /** As {@link #at}, for building a new log in one go: see {@link ConnectionSettings.Durability#BULK_LOAD}. */
    static Database forBulkLoad(Path file) {
        return new Database(file, new Migrator(Migrator.all()), false, ConnectionSettings.Durability.BULK_LOAD);
    }

    /**
     * SQLite gives its WAL and shared-memory files the mode of the database file, so a database created
     * here as 600 keeps the whole log private; one made by an older version (644) is tightened.
     */
    private static void makePrivate(Path file) {
        try {
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            }
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                PrivateFiles.restrict(file.resolveSibling(file.getFileName() + suffix));
            }
        } catch (java.nio.file.FileAlreadyExistsException e) {
            // a second desk created it meanwhile; SQLite opens it as usual
        } catch (java.io.IOException e) {
            // not ours to change (a read-only evidence copy): SQLite says what it can and cannot do
            LOG.info("Could not make {} private ({})", file.getFileName(), e.getClass().getSimpleName());
        }
    }

    /** Opens (creating if needed) and migrates the database; refuses damaged or newer files untouched. */
    public static Database open(Path file) {
        return open(file, new Migrator(Migrator.all()));
    }

    static Database open(Path file, Migrator migrator) {
        Database database = new Database(file, migrator);
        database.connect();
        return database;
    }

    /** Whether {@link #connect} succeeded and the database was not closed since. */
    public boolean isOpen() {
        return connection != null;
    }

    /**
     * Opens (creating if needed) and migrates the file; refuses damaged or newer files untouched. After a
     * failure it may be called again (the officer fixed the cause, or set a damaged file aside).
     */
    public void connect() {
        connect(() -> { });
    }

    /**
     * As {@link #connect()}, then runs {@code first} before any other thread can use the database: what
     * must precede every other write (the chain's form marker). When it fails, the database is closed again.
     */
    public void connect(Runnable first) {
        lock.lock();
        try {
            if (connection == null) {
                Connection opened = openConnection(file, migrator, durability);
                statements = new StatementCache(opened);
                connection = opened;
                try {
                    putBackSearchTriggers();
                    first.run();
                } catch (RuntimeException | Error e) {
                    close();
                    throw e;
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A second, read-only connection to this open file, for a long read on another thread (log verify)
     * that should not wait for this connection's lock. Neither checked nor migrated again: this database
     * did both when it connected. Close it after use.
     */
    Database secondReader() {
        lock.lock();
        try {
            requireOpen();
            Database reader = new Database(file, migrator, true, durability);
            SQLiteConfig config = ConnectionSettings.config(durability);
            config.setReadOnly(true);
            reader.connection = ConnectionSettings.connect(file, config);
            reader.statements = new StatementCache(reader.connection);
            return reader;
        } catch (SQLException e) {
            throw SqliteErrors.wrap("Could not open " + file + " a second time for reading", e);
        } finally {
            lock.unlock();
        }
    }

    private static Connection openConnection(Path file, Migrator migrator, ConnectionSettings.Durability durability) {
        long started = System.nanoTime();
        Preflight.check(file, migrator.latestVersion());
        LOG.info("Database {}: preflight done in {} ms", file.getFileName(), millisSince(started));
        CleanShutdown.forget(file);
        Connection connection = null;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new StorageException(StorageException.Reason.OTHER, "Data folder does not exist: " + parent);
            }
            makePrivate(file);
            connection = ConnectionSettings.connect(file, ConnectionSettings.config(durability));
            ConnectionSettings.verify(connection, file, durability);
            migrator.migrate(connection, file);
            recordWriter(connection, migrator);
            LOG.info("Database {} opened in {} ms", file, millisSince(started));
            return connection;
        } catch (SQLException e) {
            closeQuietly(connection);
            LOG.warn("Database {} could not be opened after {} ms", file, millisSince(started), e);
            throw SqliteErrors.wrap("Could not open " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            LOG.warn("Database {} could not be opened after {} ms", file, millisSince(started), e);
            throw e;
        }
    }

    /** From schema version 12 on (a test's migrator may stop earlier); a read-only copy just stays as it was. */
    private static void recordWriter(Connection connection, Migrator migrator) {
        if (migrator.latestVersion() < 12) {
            return;
        }
        try {
            ProgramVersion.record(connection, ProgramVersion.current());
        } catch (SQLException e) {
            LOG.info("Could not record the program version ({})", e.getMessage());
        }
    }

    static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    public Path file() {
        return file;
    }

    @Override
    public <T> T inTransaction(String action, Supplier<T> work) {
        return write(action, c -> work.get());
    }

    /** Runs {@code work} in an IMMEDIATE transaction, or inside the caller's transaction. */
    <T> T write(String action, SqlWork<T> work) {
        return run(action, Mode.WRITE, work);
    }

    /**
     * Which write transaction {@code work} runs in, 0 outside one. Until it ends no other connection can
     * write, so what a caller wrote in it stays as written: it need not read it back.
     */
    long writeTransaction() {
        return mode == Mode.WRITE ? writeTransactions : 0;
    }

    /** Runs {@code work} on one consistent snapshot, or inside the caller's transaction. */
    <T> T read(String action, SqlWork<T> work) {
        return run(action, Mode.READ, work);
    }

    /**
     * Whether another thread holds the database for long now (a backup). A send that finds it busy goes to
     * the send queue instead of waiting behind it; behind a short transaction, such as one batch of a
     * redaction run, it waits its turn.
     */
    public boolean isBusy() {
        return longWork && lock.isLocked() && !lock.isHeldByCurrentThread();
    }

    /**
     * A bulk load that stopped halfway left the search triggers aside: back with the indexes rebuilt. A
     * redaction run's are left to the next run, which ends with the rebuild.
     */
    private void putBackSearchTriggers() {
        if (migrator.latestVersion() < 16) {
            return;
        }
        long started = System.nanoTime();
        if (write("Could not rebuild the search index", c -> SearchTriggers.loadStopped(c)
                && SearchTriggers.putBack(c, SearchTriggers.DESK_REBUILD_BUFFER))) {
            LOG.warn("Database {}: a bulk load had stopped halfway; search index rebuilt in {} ms", file, millisSince(started));
        }
    }

    /**
     * Runs a bulk load with the search triggers set aside, and puts them back with the indexes rebuilt
     * once it ends, also when it fails. A log built aside also has its {@link LookupIndexes} dropped for
     * the load and created after it; one stopped halfway is thrown away, so they need no keeping.
     */
    <T> T withIndexesBuiltAfter(Supplier<T> work) {
        List<String> lookups = new ArrayList<>();
        write("Could not set the indexes aside for a bulk load", c -> {
            SearchTriggers.setAside(c, SearchTriggers.ALL);
            if (durability == ConnectionSettings.Durability.BULK_LOAD) {
                alongside = startAlongside(c);
                lookups.addAll(LookupIndexes.drop(c, LookupIndexes.SET_ASIDE_FOR_LOAD));
            }
            return null;
        });
        try {
            return work.get();
        } finally {
            if (!lookups.isEmpty()) {
                long started = System.nanoTime();
                write("Could not build the log's indexes", c -> {
                    LookupIndexes.create(c, lookups);
                    return null;
                });
                LOG.info("Database {}: {} lookup indexes built after the load in {} ms", file.getFileName(),
                        lookups.size(), millisSince(started));
            }
            boolean indexed = copyAlongside();
            indexedAlongside = indexed;
            write("Could not rebuild the search index", c -> indexed ? SearchTriggers.putBackIndexed(c)
                    : SearchTriggers.putBack(c, SearchTriggers.LOAD_REBUILD_BUFFER));
        }
    }

    /** Whether the last bulk load's search index was built alongside it rather than after it. */
    boolean searchIndexBuiltAlongside() {
        return indexedAlongside;
    }

    /** Only for a log built aside: the side file is as disposable as the log. */
    private SearchIndexAlongside startAlongside(Connection c) {
        try {
            return SearchIndexAlongside.start(c, file);
        } catch (SQLException | IOException e) {
            LOG.warn("Could not build the search index alongside the load; it is rebuilt after it", e);
            return null;
        }
    }

    /** After a commit: whatever goes wrong here must not turn the committed write into a reported failure. */
    private void feedAlongside() {
        try {
            alongside.feed(connection);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("Stopped building the search index alongside the load; it is rebuilt after it", e);
            dropAlongside();
        }
    }

    /** True when the search index built alongside the load is now the log's. */
    private boolean copyAlongside() {
        if (alongside == null) {
            return false;
        }
        SearchIndexAlongside built = alongside;
        alongside = null;
        long started = System.nanoTime();
        try {
            boolean copied = alone("Could not copy the search index built alongside", built::copyInto);
            LOG.info("Database {}: search index built alongside {} in {} ms", file.getFileName(),
                    copied ? "copied" : "not used", millisSince(started));
            return copied;
        } catch (StorageException e) {
            LOG.warn("Could not copy the search index built alongside; rebuilding it", e);
            return false;
        } finally {
            built.discard(connection);
        }
    }

    private void dropAlongside() {
        SearchIndexAlongside dropped = alongside;
        alongside = null;
        dropped.discard(connection);
    }

    /** Runs {@code work} outside any transaction, for statements SQLite refuses inside one (VACUUM INTO). */
    <T> T alone(String action, SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (mode != Mode.NONE) {
                throw new IllegalStateException("Cannot run inside a transaction: " + action);
            }
            // VACUUM counts a kept statement that is not reset as one in progress
            statements.closeAll();
            longWork = true;
            return runJoined(action, work);
        } finally {
            longWork = false;
            lock.unlock();
        }
    }

    private <T> T run(String action, Mode wanted, SqlWork<T> work) {
        lock.lock();
        try {
            requireOpen();
            if (mode != Mode.NONE) {
                if (mode == Mode.READ && wanted == Mode.WRITE) {
                    throw new IllegalStateException("A write cannot join a read-only transaction: " + action);
                }
                return runJoined(action, work);
            }
            return runOwn(action, wanted, work);
        } finally {
            lock.unlock();
        }
    }

    private void requireOpen() {
        if (connection == null) {
            throw new StorageUnavailableException();
        }
    }

    private <T> T runJoined(String action, SqlWork<T> work) {
        try {
            return work.run(statements.connection());
        } catch (SQLException e) {
            throw SqliteErrors.wrap(action, e);
        }
    }

    private <T> T runOwn(String action, Mode wanted, SqlWork<T> work) {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(wanted == Mode.WRITE ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
            mode = wanted;
            if (wanted == Mode.WRITE) {
                writeTransactions++;
            }
            try {
                T result = work.run(statements.connection());
                st.executeUpdate("COMMIT");
                mode = Mode.NONE;
                if (alongside != null && wanted == Mode.WRITE) {
                    feedAlongside();
                }
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(st);
                throw e;
            } finally {
                mode = Mode.NONE;
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap(action, e);
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.executeUpdate("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back already (e.g. disk full); the first error is reported
            LOG.info("Rollback after a failed transaction failed too", e);
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            Connection open = connection;
            if (open == null) {
                return;
            }
            connection = null;
            statements.closeAll();
            open.close();
            if (!secondReader) {
                CleanShutdown.record(file);
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap("Could not close " + file, e);
        } finally {
            lock.unlock();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // already failing; the open error is the one to report
                LOG.info("Closing after a failed open failed too", e);
            }
        }
    }

    /** Copies {@code file} to {@code copy}, with its -wal file if it has one: what only the journal holds yet comes along. */
    static void copyWithJournal(Path file, Path copy) throws IOException {
        for (String suffix : new String[] {"", "-wal"}) {
            Path from = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(from)) {
                Files.copy(from, copy.resolveSibling(copy.getFileName() + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Renames a damaged database (and its -wal/-shm companions) to
     * {@code <name>.beschadigd-<timestamp>} so a fresh one can start. Nothing is deleted.
     *
     * @return the new name of the damaged file
     */
    public static Path moveAside(Path file, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path target = file.resolveSibling(file.getFileName() + ".beschadigd-" + stamp);
        for (int n = 2; Files.exists(target); n++) {
            target = file.resolveSibling(file.getFileName() + ".beschadigd-" + stamp + "-" + n);
        }
        try {
            for (String suffix : new String[] {"-wal", "-shm", ".clean", ""}) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, target.resolveSibling(target.getFileName() + suffix),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            return target;
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER,
                    "Could not move the damaged database " + file + " aside: " + e.getMessage(), e);
        }
    }
}

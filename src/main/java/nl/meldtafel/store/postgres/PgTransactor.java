package nl.meldtafel.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.meldtafel.alert.Transactor;
import nl.meldtafel.store.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions over the pool, bound to the thread: a repository call made inside a service's
 * transaction runs on that transaction's connection, as store.Database joins on SQLite.
 */
final class PgTransactor implements Transactor {

    private static final Logger LOG = LoggerFactory.getLogger(PgTransactor.class);

    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    // null while closed; before ready, only the opening thread may use it (the first step of open)
    private volatile DataSource pool;
    private volatile Thread opener;
    private volatile boolean ready;

    void opening(DataSource dataSource) {
        opener = Thread.currentThread();
        ready = false;
        pool = dataSource;
    }

    void opened() {
        ready = true;
        opener = null;
    }

    void closed() {
        pool = null;
        ready = false;
        opener = null;
    }

    boolean isOpen() {
        return pool != null && ready;
    }

    @Override
    public <T> T inTransaction(String action, Supplier<T> work) {
        return run(action, c -> work.get());
    }

    /** Runs {@code work} in the caller's transaction, or in its own one that commits when it returns. */
    <T> T run(String action, PgWork<T> work) {
        Connection joined = bound.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw PgErrors.wrap(action, e);
            }
        }
        try (Connection c = usablePool().getConnection()) {
            c.setAutoCommit(false);
            bound.set(c);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                bound.remove();
            }
        } catch (SQLException e) {
            throw PgErrors.wrap(action, e);
        }
    }

    private DataSource usablePool() {
        DataSource current = pool;
        if (current == null || !(ready || Thread.currentThread() == opener)) {
            throw new StorageUnavailableException();
        }
        return current;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection may be gone with the server; the first error is the one reported
            LOG.info("Rollback after a failed transaction failed too", e);
        }
    }
}

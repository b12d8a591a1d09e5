package nl.meldtafel.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.function.Consumer;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.team.TeamScope;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens on channel {@value #CHANNEL} on a connection of its own (a pooled one would serve other work
 * and lose its LISTEN) and passes on what other desks change. When the connection drops it reconnects
 * by itself, pausing longer each time, and then passes on {@link LogChange#everything()}: notifications
 * sent meanwhile are lost.
 */
final class PgChangeListener implements AutoCloseable {

    static final String CHANNEL = "meldtafel";
    /** How the listening connection shows in pg_stat_activity, for the server's administrator. */
    static final String APPLICATION_NAME = "Meldtafel changes";
    private static final Logger LOG = LoggerFactory.getLogger(PgChangeListener.class);
    /** How long one read waits for a notification; also how soon {@link #close} is noticed. */
    private static final int WAIT_MILLIS = 250;
    /** A quiet connection is checked this often, so one lost without a word (a cable) is noticed. */
    private static final long CHECK_QUIET_MILLIS = 10_000;
    private static final long FIRST_PAUSE_MILLIS = 200;
    private static final long LONGEST_PAUSE_MILLIS = 10_000;

    private final String jdbcUrl;
    private final Properties properties;
    private final String desk;
    /** Another team's alerts are not shown here, so their notices are skipped. */
    private final TeamScope scope;
    private final Consumer<LogChange> changes;
    private final String location;
    private volatile boolean running;
    private Thread thread;

    /**
     * @param desk    this desk's id as the triggers see it: its own changes are skipped
     * @param changes called on the listener's thread
     */
    PgChangeListener(String jdbcUrl, Properties properties, String desk, TeamScope scope, Consumer<LogChange> changes,
                     String location) {
        this.scope = scope;
        this.jdbcUrl = jdbcUrl;
        this.properties = new Properties();
        this.properties.putAll(properties);
        this.properties.setProperty("ApplicationName", APPLICATION_NAME);
        this.desk = desk;
        this.changes = changes;
        this.location = location;
    }

    /**
     * Starts listening. Connects before it returns when the server answers, so no change committed after
     * that is missed; otherwise the thread keeps trying and announces everything once it is in.
     */
    synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        Connection first = null;
        try {
            first = listen();
        } catch (SQLException e) {
            LOG.warn("Could not listen for other desks' changes on {} yet ({}); trying again", location, e.getMessage());
        }
        Connection connection = first;
        thread = new Thread(() -> run(connection), "meldtafel-changes");
        thread.setDaemon(true);
        thread.start();
    }

    private Connection listen() throws SQLException {
        Connection c = DriverManager.getConnection(jdbcUrl, properties);
        try (Statement st = c.createStatement()) {
            // autocommit stays on: the driver hands notifications over only outside a transaction
            st.execute("LISTEN " + CHANNEL);
            return c;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e;
        }
    }

    private void run(Connection first) {
        Connection c = first;
        boolean missed = first == null;
        long pause = FIRST_PAUSE_MILLIS;
        while (running) {
            if (c == null) {
                try {
                    c = listen();
                    LOG.info("Listening for other desks' changes on {} again", location);
                    pause = FIRST_PAUSE_MILLIS;
                } catch (SQLException e) {
                    LOG.warn("Could not listen for other desks' changes on {} ({}); trying again in {} ms", location,
                            e.getMessage(), pause);
                    sleep(pause);
                    pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
                    continue;
                }
            }
            if (missed && running) {
                changes.accept(LogChange.everything());
                missed = false;
            }
            try {
                read(c);
            } catch (SQLException e) {
                if (running) {
                    LOG.warn("Lost the connection that listens for other desks' changes on {} ({})", location, e.getMessage());
                }
                missed = true;
                closeQuietly(c);
                c = null;
            }
        }
        closeQuietly(c);
    }

    /** Passes notifications on until the connection fails or the listener is closed. */
    private void read(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastHeard = System.nanoTime();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
            if (notifications != null && notifications.length > 0) {
                lastHeard = System.nanoTime();
                for (PGNotification n : notifications) {
                    PgChangeNotice.parse(n.getParameter())
                            .filter(notice -> running && !desk.equals(notice.desk()) && notice.concerns(scope))
                            .ifPresent(notice -> changes.accept(notice.change()));
                }
            } else if ((System.nanoTime() - lastHeard) / 1_000_000 > CHECK_QUIET_MILLIS) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
                lastHeard = System.nanoTime();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // the connection is gone already; nothing is lost with it
        }
    }

    /**
     * Stops listening. Does not wait: the thread notices within one read's wait, hands nothing on after
     * this, and closes its connection itself (a desk closing, or a test, need not pay for that wait).
     */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt(); // ends a pause between reconnects at once
            thread = null;
        }
    }
}

package nl.meldtafel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the search indexes of a bulk load on a second core while the load writes the log: the texts
 * committed so far go to a thread that indexes them in a file of its own, and at the end the index
 * tables are copied into the log. Rebuilding them after the load took a million alerts 72-91 s on one
 * core; alongside it, the copy takes 10 s (the load itself is slower with the second thread busy).
 * <p>
 * Exact only while the load adds alerts: a text changed or removed meanwhile (temporary triggers watch
 * for it) or a failure of the indexing thread gives {@link #copyInto} false, and the caller rebuilds.
 */
final class SearchIndexAlongside {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexAlongside.class);
    /** The tables FTS5 keeps an index in; its settings (_config) stay the log's own. */
    private static final List<String> INDEX_TABLES = List.of("_data", "_idx", "_docsize");
    private static final Pattern EXTERNAL_CONTENT = Pattern.compile("content\\s*=\\s*'alert'\\s*,\\s*content_rowid\\s*=\\s*'id'");
    private static final int FEED_ROWS = 5000;
    /** Texts per transaction of the indexing thread: each commit writes a segment that FTS5 merges later. */
    private static final int COMMIT_ROWS = 50_000;
    private static final List<Row> END = List.of();

    private record Row(long id, String text) {
    }

    private final Path file;
    private final Connection side;
    private final BlockingQueue<List<Row>> queue = new ArrayBlockingQueue<>(4);
    private final Thread worker;
    private volatile Exception failure;
    private volatile boolean stopped;
    private long fedUpTo;

    private SearchIndexAlongside(Path file, Connection side) {
        this.file = file;
        this.side = side;
        this.worker = new Thread(this::index, "search-index-alongside");
        worker.setDaemon(true);
    }

    /**
     * Within the load's first write transaction on {@code log}: creates the side file beside the log, its
     * index tables as the log's, and the triggers that notice a changed text.
     */
    static SearchIndexAlongside start(Connection log, Path logFile) throws SQLException, IOException {
        Path file = logFile.resolveSibling(logFile.getFileName() + "-search");
        Files.deleteIfExists(file);
        PrivateFiles.createFile(file);
        Connection side = ConnectionSettings.connect(file, ConnectionSettings.config(ConnectionSettings.Durability.BULK_LOAD));
        SearchIndexAlongside alongside = new SearchIndexAlongside(file, side);
        try (Statement st = side.createStatement()) {
            for (String index : SearchTriggers.INDEXES) {
                st.executeUpdate(contentless(definitionOf(log, index)));
                // as in the log, so the pages copied are written the way the log's own would be
                SearchTriggers.configure(st, index, "secure-delete", 1);
                SearchTriggers.configure(st, index, "hashsize", SearchTriggers.LOAD_REBUILD_BUFFER);
            }
        } catch (SQLException e) {
            alongside.discard();
            throw e;
        }
        try (Statement st = log.createStatement()) {
            st.executeUpdate("CREATE TEMP TABLE IF NOT EXISTS search_alongside_stale (at INTEGER)");
            st.executeUpdate("DELETE FROM temp.search_alongside_stale");
            st.executeUpdate("CREATE TEMP TRIGGER IF NOT EXISTS search_alongside_update AFTER UPDATE OF text ON main.alert "
                    + "BEGIN INSERT INTO search_alongside_stale VALUES (1); END");
            st.executeUpdate("CREATE TEMP TRIGGER IF NOT EXISTS search_alongside_delete AFTER DELETE ON main.alert "
                    + "BEGIN INSERT INTO search_alongside_stale VALUES (1); END");
        }
        alongside.worker.start();
        return alongside;
    }

    private static String definitionOf(Connection log, String index) throws SQLException {
        try (PreparedStatement ps = log.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no search index " + index);
                }
                return rs.getString(1);
            }
        }
    }

    /** The log's index over its alert texts, holding only what it is given. */
    static String contentless(String definition) throws SQLException {
        Matcher m = EXTERNAL_CONTENT.matcher(definition);
        if (!m.find()) {
            throw new SQLException("search index not over alert.text: " + definition);
        }
        return m.replaceFirst("content = ''");
    }

    /** After a committed transaction of the load: hands the texts added since the last call to the indexing thread. */
    void feed(Connection log) throws SQLException {
        try (PreparedStatement ps = log.prepareStatement(
                "SELECT id, text FROM alert WHERE id > ? AND text IS NOT NULL ORDER BY id LIMIT " + FEED_ROWS)) {
            while (!stopped) {
                ps.setLong(1, fedUpTo);
                List<Row> rows = new ArrayList<>(FEED_ROWS);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Row(rs.getLong(1), rs.getString(2)));
                    }
                }
                if (rows.isEmpty()) {
                    return;
                }
                fedUpTo = rows.get(rows.size() - 1).id();
                hand(rows);
                if (rows.size() < FEED_ROWS) {
                    return;
                }
            }
        }
    }

    private void hand(List<Row> rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                if (!worker.isAlive()) {
                    stopped = true;
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private void index() {
        try (PreparedStatement trigram = side.prepareStatement("INSERT INTO alert_trigram (rowid, text) VALUES (?, ?)");
             PreparedStatement words = side.prepareStatement("INSERT INTO alert_words (rowid, text) VALUES (?, ?)");
             Statement st = side.createStatement()) {
            st.executeUpdate("BEGIN");
            int inTransaction = 0;
            for (List<Row> rows = queue.take(); rows != END; rows = queue.take()) {
                for (Row r : rows) {
                    for (PreparedStatement ps : List.of(trigram, words)) {
                        ps.setLong(1, r.id());
                        ps.setString(2, r.text());
                        ps.executeUpdate();
                    }
                }
                inTransaction += rows.size();
                if (inTransaction >= COMMIT_ROWS) {
                    st.executeUpdate("COMMIT");
                    st.executeUpdate("BEGIN");
                    inTransaction = 0;
                }
            }
            st.executeUpdate("COMMIT");
        } catch (SQLException | RuntimeException e) {
            failure = e;
            stopped = true;
            queue.clear();
        } catch (InterruptedException e) {
            stopped = true;
        }
    }

    /**
     * Outside any transaction, after the load: feeds the last texts, waits for the indexing thread, and
     * copies its index tables over the log's. False when it could not, with the log's tables unchanged.
     */
    boolean copyInto(Connection log) throws SQLException {
        feed(log);
        hand(END);
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        if (failure != null) {
            LOG.warn("Search index built alongside failed ({}); rebuilding it", failure.getClass().getSimpleName(), failure);
            return false;
        }
        try (Statement st = log.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM temp.search_alongside_stale")) {
                if (rs.next() && rs.getLong(1) > 0) {
                    LOG.info("A text changed during the load; rebuilding the search index instead");
                    return false;
                }
            }
            side.close();
            try (PreparedStatement attach = log.prepareStatement("ATTACH DATABASE ? AS alongside")) {
                attach.setString(1, file.toString());
                attach.executeUpdate();
            }
            try {
                st.executeUpdate("BEGIN IMMEDIATE");
                try {
                    for (String index : SearchTriggers.INDEXES) {
                        for (String table : INDEX_TABLES) {
                            st.executeUpdate("DELETE FROM main." + index + table);
                            st.executeUpdate("INSERT INTO main." + index + table + " SELECT * FROM alongside." + index + table);
                        }
                    }
                    st.executeUpdate("COMMIT");
                } catch (SQLException e) {
                    st.executeUpdate("ROLLBACK");
                    throw e;
                }
            } finally {
                st.executeUpdate("DETACH DATABASE alongside");
            }
            return true;
        }
    }

    /** Stops the indexing thread if it still runs, and removes the side file and the triggers. */
    void discard(Connection log) {
        discard();
        try (Statement st = log.createStatement()) {
            st.executeUpdate("DROP TRIGGER IF EXISTS temp.search_alongside_update");
            st.executeUpdate("DROP TRIGGER IF EXISTS temp.search_alongside_delete");
            st.executeUpdate("DROP TABLE IF EXISTS temp.search_alongside_stale");
        } catch (SQLException e) {
            LOG.info("Could not drop the triggers of the search index built alongside", e);
        }
    }

    private void discard() {
        stopped = true;
        worker.interrupt();
        try {
            worker.join(10_000);
            side.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.info("Could not close the search index built alongside", e);
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}", file, e);
        }
    }
}

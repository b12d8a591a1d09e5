package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The triggers that keep the search indexes ({@code alert_trigram}, {@code alert_words}) up to date,
 * set aside for work in bulk and put back after it with both indexes rebuilt from the texts.
 * <ul>
 *   <li>A bulk load (the demo log) sets all of them aside. Per alert, FTS5 writes a segment at every
 *       statement that follows and merges them as it goes; built once it writes large segments. A log
 *       built aside has them built alongside the load instead ({@link SearchIndexAlongside}).</li>
 *   <li>A large redaction run sets aside the one that takes a removed text out of the index. With
 *       secure-delete FTS5 rewrites every index page holding one of the text's words, some 15 ms an
 *       alert; the rebuild leaves the removed texts out at once.</li>
 * </ul>
 * The set-aside triggers are kept in the database, so work that stopped halfway is finished later: a
 * load at the next open, a redaction run by the next run.
 */
final class SearchTriggers {

    /** Every search trigger: what a bulk load sets aside. */
    static final String ALL = "alert\\_search\\_%";
    /** The trigger that removes a text from the indexes when a redaction nulls it. */
    static final String REMOVAL = "alert_search_update_remove";
    private static final String INSERTION = "alert_search_insert";
    static final List<String> INDEXES = List.of("alert_trigram", "alert_words");
    /** FTS5's buffer before it writes a segment while a desk rebuilds; its default is 1 MiB. */
    static final long DESK_REBUILD_BUFFER = 64L << 20;
    /**
     * The buffer after a bulk load, which runs as a command, not beside the desk. On a million alerts the
     * trigram index took 74 s with it instead of 96 s: fewer segments to merge.
     */
    static final long LOAD_REBUILD_BUFFER = 256L << 20;
    private static final long DEFAULT_BUFFER = 1L << 20;

    private SearchTriggers() {
    }

    /**
     * Within a write transaction: moves the triggers named like {@code pattern} aside ({@link #ALL},
     * {@link #REMOVAL}); one already aside stays there.
     */
    static void setAside(Connection c, String pattern) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO search_trigger_set_aside (name, sql) "
                + "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\' RETURNING name")) {
            ps.setString(1, pattern);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : names) {
                st.executeUpdate("DROP TRIGGER " + name);
            }
        }
    }

    /** Whether a bulk load set the triggers aside and stopped before it put them back. */
    static boolean loadStopped(Connection c) throws SQLException {
        return isAside(c, INSERTION);
    }

    /** Whether a redaction run left the removal of texts from the index to its end. */
    static boolean removalAside(Connection c) throws SQLException {
        return isAside(c, REMOVAL);
    }

    private static boolean isAside(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM search_trigger_set_aside WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Within a write transaction: puts set-aside triggers back and rebuilds both indexes from the
     * texts, writing a segment each {@code buffer} bytes. False when nothing was set aside.
     */
    static boolean putBack(Connection c, long buffer) throws SQLException {
        if (!putBackIndexed(c)) {
            return false;
        }
        try (Statement st = c.createStatement()) {
            for (String index : INDEXES) {
                configure(st, index, "hashsize", buffer);
                st.executeUpdate("INSERT INTO " + index + " (" + index + ") VALUES ('rebuild')");
                configure(st, index, "hashsize", DEFAULT_BUFFER);
            }
        }
        return true;
    }

    /** Sets one of FTS5's options ({@code secure-delete}, {@code hashsize}) on {@code index}. */
    static void configure(Statement st, String index, String option, long value) throws SQLException {
        st.executeUpdate("INSERT INTO " + index + " (" + index + ", rank) VALUES ('" + option + "', " + value + ")");
    }

    /** Within a write transaction: puts set-aside triggers back over indexes already built from the texts. */
    static boolean putBackIndexed(Connection c) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sql FROM search_trigger_set_aside")) {
            while (rs.next()) {
                definitions.add(rs.getString(1));
            }
        }
        if (definitions.isEmpty()) {
            return false;
        }
        try (Statement st = c.createStatement()) {
            for (String definition : definitions) {
                st.executeUpdate(definition);
            }
            st.executeUpdate("DELETE FROM search_trigger_set_aside");
        }
        return true;
    }
}

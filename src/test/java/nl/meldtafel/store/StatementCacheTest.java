package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatementCacheTest {

    @TempDir
    Path dir;
    private Connection reader;
    private Connection writer;
    private StatementCache cache;

    @BeforeEach
    void open() throws SQLException {
        String url = "jdbc:sqlite:" + dir.resolve("t.db");
        writer = DriverManager.getConnection(url);
        try (Statement st = writer.createStatement()) {
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)");
            st.execute("INSERT INTO t (name) VALUES ('een'), ('twee'), ('drie')");
        }
        reader = DriverManager.getConnection(url);
        cache = new StatementCache(reader);
    }

    @AfterEach
    void close() throws SQLException {
        cache.closeAll();
        reader.close();
        writer.close();
    }

    @Test
    void aHalfReadResultIsClosedWithItsStatementSoTheSnapshotIsLetGo() throws SQLException {
        ResultSet rs;
        try (PreparedStatement ps = cache.connection().prepareStatement("SELECT name FROM t ORDER BY id")) {
            rs = ps.executeQuery();
            assertTrue(rs.next());
        }
        assertTrue(rs.isClosed());
        try (Statement st = writer.createStatement()) {
            st.execute("INSERT INTO t (name) VALUES ('vier')");
            try (ResultSet checkpoint = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                assertTrue(checkpoint.next());
                assertEquals(0, checkpoint.getInt(1), "a reader still held its snapshot: the checkpoint was blocked");
            }
        }
        assertEquals(List.of("een", "twee", "drie", "vier"), names("SELECT name FROM t ORDER BY id"));
    }

    @Test
    void aKeptStatementReadsItsNewParameters() throws SQLException {
        String sql = "SELECT name FROM t WHERE id >= ? ORDER BY id";
        assertEquals(List.of("twee", "drie"), names(sql, 2));
        assertEquals(List.of("drie"), names(sql, 3));
        try (PreparedStatement ps = cache.connection().prepareStatement(sql)) {
            ps.setLong(1, 1);
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                assertTrue(rs.next());
                assertEquals("een", rs.getString(1));
            }
        }
        assertEquals(List.of("een", "twee", "drie"), names(sql, 1));
    }

    private List<String> names(String sql, long... params) throws SQLException {
        try (PreparedStatement ps = cache.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setLong(i + 1, params[i]);
            }
            List<String> names = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }
}

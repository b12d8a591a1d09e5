package nl.meldtafel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class EmbeddedServerTest {

    @Test
    void eachTestGetsItsOwnEmptyDatabase() throws Exception {
        String first = EmbeddedServer.freshDatabase();
        String second = EmbeddedServer.freshDatabase();
        assertNotEquals(first, second);

        try (Connection c = DriverManager.getConnection(first, EmbeddedServer.user()); Statement st = c.createStatement()) {
            st.executeUpdate("CREATE TABLE only_here (x int)");
        }
        try (Connection c = DriverManager.getConnection(second, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE tablename = 'only_here'")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void theDutchTextSearchConfigurationIsThere() throws Exception {
        try (Connection c = DriverManager.getConnection(EmbeddedServer.freshDatabase(), EmbeddedServer.user());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_tsvector('dutch', 'woninginbraken')::text")) {
            rs.next();
            assertEquals("'woninginbrak':1", rs.getString(1));
        }
    }
}

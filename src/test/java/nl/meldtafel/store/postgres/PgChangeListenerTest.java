package nl.meldtafel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.meldtafel.alert.LogChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PgChangeListenerTest {

    private static final long DEADLINE_MILLIS = 5_000;

    private String url;
    private PostgresBackend backend;
    private final List<LogChange> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        url = EmbeddedServer.migratedDatabase();
        backend = PostgresBackend.at(url, EmbeddedServer.user(), Clock.systemUTC());
        backend.open(() -> { });
        backend.changes().subscribe(heard::add);
    }

    @AfterEach
    void close() {
        backend.close();
    }

    @Test
    void passesOnAnotherDesksNoticeAndSkipsUnknownOnes() throws Exception {
        notifyAs("alert:17:other-desk", "future:3:other-desk", "alert:x:other-desk", "response:17:other-desk");

        waitFor(() -> heard.size() >= 2);
        assertEquals(List.of(new LogChange(LogChange.Kind.ALERT, 17), new LogChange(LogChange.Kind.RESPONSE, 17)), heard);
    }

    @Test
    void comesBackAfterItsConnectionIsTerminatedAndAnnouncesEverything() throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND application_name = '" + PgChangeListener.APPLICATION_NAME + "'")) {
            rs.next();
            assertEquals(1, rs.getInt(1), "one listening connection per desk");
        }

        waitFor(() -> heard.contains(LogChange.everything()));
        // listening again: a later notice arrives too (sent until heard, as the new LISTEN may still be on its way)
        waitFor(() -> {
            notifyAs("alert:5:other-desk");
            return heard.contains(new LogChange(LogChange.Kind.ALERT, 5));
        });
        assertEquals(LogChange.everything(), heard.get(0), "nothing before the announcement: " + heard);
    }

    @Test
    void closingTheLogEndsItsListeningConnection() throws Exception {
        assertEquals(1, listeningConnections());

        backend.close();

        waitFor(() -> listeningConnections() == 0);
    }

    private int listeningConnections() throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                     + "AND application_name = '" + PgChangeListener.APPLICATION_NAME + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private void notifyAs(String... payloads) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement()) {
            for (String payload : payloads) {
                st.execute("SELECT pg_notify('" + PgChangeListener.CHANNEL + "', '" + payload + "')");
            }
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws Exception {
        long end = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        while (!check.holds()) {
            assertTrue(System.nanoTime() < end, "not within " + DEADLINE_MILLIS + " ms");
            Thread.sleep(20);
        }
    }
}

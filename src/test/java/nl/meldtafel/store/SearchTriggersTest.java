package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.NewAlert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk load (the demo log) builds the search index at its end: search must find what it loaded, whatever stopped it. */
class SearchTriggersTest {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-16T08:00:00Z"));

    @Test
    void alertsLoadedInBulkAreFoundByWordAndByPartOfAWordAndLaterAlertsAsBefore() throws SQLException {
        try (Storage storage = Storage.open(dir, clock)) {
            Actor jan = Fixtures.officer(storage, "J. de Vries", "1");
            List<Long> loaded = storage.withIndexesBuiltAfter(() -> List.of(
                    sent(storage, Fixtures.heterdaad("Woninginbraak Dorpsstraat, kenteken F-567-NR"), jan),
                    sent(storage, Fixtures.heterdaad("Fietsendiefstal bij het station"), jan)));
            long later = sent(storage, Fixtures.heterdaad("Inbraak in een schuur aan de Dorpsstraat"), jan);

            assertEquals(List.of(later, loaded.get(0)), found(storage, "Dorpsstraat"));
            assertEquals(List.of(later, loaded.get(0)), found(storage, "inbraak"), "part of a word (trigrams)");
            assertEquals(List.of(loaded.get(1)), found(storage, "fi"), "a word's first letters (word index)");
            assertEquals(List.of(loaded.get(0)), found(storage, "567"));
            assertEquals(4, searchTriggers(dir));
        }
    }

    @Test
    void aLoadThatFailsHalfwayStillLeavesWhatItWroteSearchable() throws SQLException {
        try (Storage storage = Storage.open(dir, clock)) {
            Actor jan = Fixtures.officer(storage, "J. de Vries", "1");
            List<Long> written = new ArrayList<>();
            assertThrows(IllegalStateException.class, () -> storage.withIndexesBuiltAfter(() -> {
                written.add(sent(storage, Fixtures.heterdaad("Overval op een tankstation"), jan));
                throw new IllegalStateException("the load stops");
            }));

            assertEquals(written, found(storage, "tankstation"));
            assertEquals(4, searchTriggers(dir));
        }
    }

    @Test
    void aLoadKilledHalfwayIsRepairedAtTheNextOpen() throws SQLException {
        long written;
        try (Storage storage = Storage.open(dir, clock)) {
            Actor jan = Fixtures.officer(storage, "J. de Vries", "1");
            // as a killed load leaves it: triggers aside, alerts written, nothing put back
            storage.database().write("set aside", c -> {
                SearchTriggers.setAside(c, SearchTriggers.ALL);
                return null;
            });
            written = sent(storage, Fixtures.heterdaad("Straatroof Stationsplein"), jan);
            assertEquals(0, searchTriggers(dir));
        }

        try (Storage storage = Storage.open(dir, clock)) {
            assertEquals(List.of(written), found(storage, "straatroof"));
            assertEquals(List.of(written), found(storage, "tionsple"));
            Actor jan = Fixtures.officer(storage, "M. Bakker", "2");
            long after = sent(storage, Fixtures.heterdaad("Straatroof bij de markt"), jan);
            assertEquals(List.of(after, written), found(storage, "straatroof"));
        }
        assertEquals(4, searchTriggers(dir));
        assertEquals(0, setAside(dir));
    }

    private static long sent(Storage storage, NewAlert alert, Actor who) {
        long id = storage.alertService().recordPending(alert, who);
        storage.alertService().confirmSent(id, who);
        return id;
    }

    private static List<Long> found(Storage storage, String text) {
        return storage.alerts().search(AlertQuery.all().text(text).limit(10)).items().stream().map(AlertRow::id).toList();
    }

    private static int searchTriggers(Path dir) throws SQLException {
        return count(dir, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'alert_search_%'");
    }

    private static int setAside(Path dir) throws SQLException {
        return count(dir, "SELECT count(*) FROM search_trigger_set_aside");
    }

    private static int count(Path dir, String sql) throws SQLException {
        try (Connection c = Fixtures.raw(Storage.databaseFile(dir)); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}

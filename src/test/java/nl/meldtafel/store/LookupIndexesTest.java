package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.CloseCategory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log built aside (the demo) loads without the indexes of lists and reports and gets them at the end:
 * the log must come out with every index a desk's log has, matching its rows, whatever stopped the load.
 */
class LookupIndexesTest {

    @TempDir
    Path dir;
    @TempDir
    Path deskDir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T11:00:00Z"));

    @Test
    void aLogBuiltAsideLoadsWithoutTheLookupIndexesAndEndsWithAllOfAnOrdinaryLog() {
        List<String> during = new ArrayList<>();
        List<Long> open = new LogBuiltAside(dir, clock).build(s -> {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            long first = s.withIndexesBuiltAfter(() -> {
                during.addAll(indexes(s));
                long id = sent(s, "Woninginbraak Dorpsstraat", jan);
                long closed = sent(s, "Fietsendiefstal bij het station", jan);
                s.alertService().closeWithReason(closed, CloseCategory.LOOS_ALARM, "Loos alarm", jan);
                return id;
            });
            assertEquals(List.of(first), s.alertService().open(null).stream().map(AlertRow::id).toList(),
                    "the open list, which asks for its index by name, works on the loaded log");
            return s.alertService().open(null).stream().map(AlertRow::id).toList();
        });

        for (String name : LookupIndexes.SET_ASIDE_FOR_LOAD) {
            assertTrue(during.stream().noneMatch(d -> d.startsWith("CREATE INDEX " + name + " ")),
                    name + " was set aside during the load");
        }
        try (Storage loaded = Storage.open(dir, clock); Storage desk = Storage.open(deskDir, clock)) {
            for (String name : LookupIndexes.SET_ASIDE_FOR_LOAD) {
                assertTrue(indexes(desk).stream().anyMatch(d -> d.startsWith("CREATE INDEX " + name + " ")),
                        name + " is one of the schema's indexes: a renamed one would stay during loads unnoticed");
            }
            assertEquals(indexes(desk), indexes(loaded), "the same indexes as a desk's own log");
            assertEquals("ok", integrityCheck(loaded), "every index matches the rows");
            assertEquals(open, loaded.alertService().open(null).stream().map(AlertRow::id).toList());
        }
    }

    @Test
    void aLoadThatFailsStillGetsItsIndexesBack() {
        new LogBuiltAside(dir, clock).build(s -> {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            assertThrows(IllegalStateException.class, () -> s.withIndexesBuiltAfter(() -> {
                sent(s, "Overval op een tankstation", jan);
                throw new IllegalStateException("the load stops");
            }));
            try (Storage desk = Storage.open(deskDir, clock)) {
                assertEquals(indexes(desk), indexes(s));
            }
            assertEquals("ok", integrityCheck(s));
            return null;
        });
    }

    @Test
    void aDesksOwnLogKeepsItsLookupIndexesDuringABulkLoad() {
        try (Storage s = Storage.open(dir, clock)) {
            List<String> before = indexes(s);
            List<String> during = s.withIndexesBuiltAfter(() -> indexes(s));
            assertEquals(before, during, "a crash would leave a desk's log without them");
        }
    }

    private static long sent(Storage s, String text, Actor who) {
        long id = s.alertService().recordPending(Fixtures.heterdaad(text), who);
        s.alertService().confirmSent(id, who);
        return id;
    }

    /** The schema's own indexes, as created. */
    private static List<String> indexes(Storage s) {
        return s.database().read("indexes", c -> {
            List<String> sql = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")) {
                while (rs.next()) {
                    sql.add(rs.getString(1));
                }
            }
            return sql;
        });
    }

    private static String integrityCheck(Storage s) {
        return s.database().read("integrity", c -> ConnectionSettings.pragma(c, "integrity_check"));
    }
}

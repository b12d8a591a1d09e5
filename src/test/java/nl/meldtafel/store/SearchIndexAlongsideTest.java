package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A log built aside (the demo) gets its search index built on a second core during the load and copied
 * in at the end: it must be the index a rebuild would give, and go on working as the desk adds to it.
 */
class SearchIndexAlongsideTest {

    /** More than the texts handed over at once, so the hand-over runs in several parts. */
    private static final int LOADED = 5_100;

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @Test
    void theIndexBuiltAlongsideFindsOldAndLoadedTextsAndTakesLaterOnes() throws Exception {
        long existing;
        try (Storage s = Storage.open(dir, clock)) {
            existing = sent(s, "Fietsendiefstal bij het station", Fixtures.officer(s, "J. de Vries", "1"));
        }

        long[] later = new long[1];
        List<Long> loaded = new LogBuiltAside(dir, clock).build(s -> {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            List<Long> ids = s.withIndexesBuiltAfter(() -> {
                List<Long> written = new ArrayList<>();
                for (int i = 0; i < LOADED; i += 100) {
                    int first = i;
                    s.inOneTransaction("load", () -> {
                        for (int j = first; j < first + 100; j++) {
                            written.add(sent(s, "Woninginbraak Dorpsstraat " + j + ", kenteken F-567-NR", jan));
                        }
                        return null;
                    });
                }
                return written;
            });
            assertTrue(s.database().searchIndexBuiltAlongside(), "built alongside, not rebuilt after");
            assertFalse(Files.exists(Storage.databaseFile(s.dataFolder()).resolveSibling("meldtafel.db-search")),
                    "the side file is gone");
            // the same connection goes on writing through the index triggers
            later[0] = sent(s, "Straatroof op de Markt", jan);
            checkIndexes(s);
            return ids;
        });

        try (Storage s = Storage.open(dir, clock)) {
            checkIndexes(s);
            assertEquals(List.of(existing), found(s, "fietsendiefstal", 10));
            assertEquals(List.of(loaded.get(LOADED - 1)), found(s, "Dorpsstraat " + (LOADED - 1), 10));
            assertEquals(LOADED, matches(s, "alert_trigram", "ningin"), "part of a word (trigrams)");
            assertEquals(LOADED, matches(s, "alert_words", "kenteken"));
            assertEquals(List.of(later[0]), found(s, "mar", 10), "a word's first letters (word index)");
            long desk = sent(s, "Inbraak in een schuur aan de Dorpsstraat", Fixtures.officer(s, "M. Bakker", "2"));
            assertEquals(desk, found(s, "schuur", 10).get(0));
            // a redaction takes a text out of the copied index pages (secure-delete)
            s.database().write("redact", c -> {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("UPDATE alert SET text = NULL, values_json = NULL, content_salt = NULL, "
                            + "redacted_at = 1 WHERE id = " + loaded.get(7));
                }
                return null;
            });
            assertFalse(found(s, "Dorpsstraat 7,", 10).contains(loaded.get(7)));
            assertEquals(LOADED - 1, matches(s, "alert_words", "kenteken"));
            checkIndexStructure(s);
        }
    }

    @Test
    void aTextRemovedDuringTheLoadMakesItRebuildTheIndexInstead() throws Exception {
        new LogBuiltAside(dir, clock).build(s -> {
            Actor jan = Fixtures.officer(s, "J. de Vries", "1");
            s.withIndexesBuiltAfter(() -> {
                sent(s, "Overval op een tankstation", jan);
                long discarded = s.alertService().recordPending(Fixtures.heterdaad("Nooit geplaatst: tankstation"), jan);
                s.alertService().discardPending(discarded, jan);
                return null;
            });
            assertFalse(s.database().searchIndexBuiltAlongside());
            return null;
        });

        try (Storage s = Storage.open(dir, clock)) {
            checkIndexes(s);
            assertEquals(1, found(s, "tankstation", 10).size());
        }
    }

    private static long sent(Storage s, String text, Actor who) {
        long id = s.alertService().recordPending(Fixtures.heterdaad(text), who);
        s.alertService().confirmSent(id, who);
        return id;
    }

    private static List<Long> found(Storage s, String text, int limit) {
        return s.alerts().search(AlertQuery.all().text(text).limit(limit)).items().stream().map(AlertRow::id).toList();
    }

    private static long matches(Storage s, String index, String query) {
        return s.database().read("count", c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + index + " WHERE " + index + " MATCH '" + query + "'")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** FTS5's own check of each index against the alert texts: fails on any entry missing or too many. */
    private static void checkIndexes(Storage s) {
        integrityCheck(s, 1);
    }

    /**
     * FTS5's check of each index's own pages only. Against the texts it cannot be asked once a text is
     * redacted: it then expects the empty text in the index, where the triggers leave it out.
     */
    private static void checkIndexStructure(Storage s) {
        integrityCheck(s, 0);
    }

    private static void integrityCheck(Storage s, int againstTexts) {
        s.database().write("check", c -> {
            try (Statement st = c.createStatement()) {
                for (String index : SearchTriggers.INDEXES) {
                    st.executeUpdate("INSERT INTO " + index + " (" + index + ", rank) VALUES ('integrity-check', "
                            + againstTexts + ")");
                }
            }
            return null;
        });
    }
}

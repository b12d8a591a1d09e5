package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SQLite's query plans for the log's searches (moved from LogSearchTest, which runs on both backends). */
class SqliteSearchPlanTest {

    @TempDir
    Path dir;
    private Storage storage;

    @BeforeEach
    void setUp() {
        storage = Storage.open(dir, new MutableClock(Instant.parse("2026-11-16T08:00:00Z")));
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    @Test
    void typicalQueriesUseIndexesInsteadOfScanningTheTable() {
        for (String sql : List.of(
                "SELECT id FROM alert ORDER BY log_at DESC, id DESC LIMIT 51",
                "SELECT id FROM alert WHERE (log_at, id) < (5, 5) ORDER BY log_at DESC, id DESC LIMIT 51",
                "SELECT id FROM alert WHERE kind IN ('HETERDAAD') ORDER BY log_at DESC, id DESC LIMIT 51",
                "SELECT id FROM alert a INDEXED BY alert_open_due_idx WHERE a.status = 'SENT' AND a.awaits_closure = 1 AND a.due_at < 5 ORDER BY a.due_at, a.id",
                "SELECT id FROM alert a WHERE a.status = 'PENDING' ORDER BY a.created_at, a.id",
                "SELECT sent_week, kind, count(*) FROM alert WHERE sent_week >= 'a' AND sent_week <= 'b' GROUP BY sent_week, kind",
                "SELECT id FROM alert a WHERE a.id IN (SELECT rowid FROM alert_trigram WHERE alert_trigram MATCH '\"xyz\"') "
                        + "ORDER BY log_at DESC, id DESC LIMIT 51",
                "SELECT id FROM alert a WHERE a.id IN (SELECT rowid FROM alert_words WHERE alert_words MATCH '\"x\"*') "
                        + "ORDER BY log_at DESC, id DESC LIMIT 51",
                // a redaction run's page: a scan of every alert here took 2 s a page on a million alerts
                RedactionRows.CHAINS_ROOTED_IN.replace("id > ? AND id <= ?", "id > 500 AND id <= 750"))) {
            String plan = QueryPlans.of(storage, sql);
            assertFalse(plan.matches("(?s).*SCAN a(lert)?\\b(?! USING).*"), sql + "\n" + plan);
        }
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Page;
import nl.meldtafel.cli.Command;
import nl.meldtafel.cli.DemoCommand;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's word-start search reads the stored words (schema V7, V10) and finds, page by page, exactly
 * the alerts the expression it replaced found, and the alerts the desk's own SQLite log finds, on an
 * imported demo log.
 */
class StoredWordsOnServerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    @TempDir
    Path home;

    @Test
    void wordStartsFindWhatTheExpressionFound() throws Exception {
        Path demo = home.resolve("balie");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream());
        assertEquals(0, new DemoCommand(Map.of(), clock).run(List.of("--alerts", "150", "--data-dir", demo.toString(),
                "--seed", "11"), new Command.Io(new ByteArrayInputStream(new byte[0]), quiet, quiet)));
        String url = EmbeddedServer.migratedDatabase();
        Files.createDirectories(home.resolve("work"));
        ServerImport.run(demo, PostgresBackend.at(url, EmbeddedServer.user(), clock), clock, home.resolve("work"));

        try (Storage desk = Storage.on(home.resolve("desk"), PostgresBackend.at(url, EmbeddedServer.user(), clock), clock)) {
            desk.open();
            assertEquals(List.of(), ids(url, "SELECT id FROM alert WHERE text_words IS DISTINCT FROM "
                    + "to_tsvector('simple', regexp_replace(coalesce(text_folded, ''), '[^[:alnum:]]+', ' ', 'g'))"),
                    "the stored words are the expression's");
            int found = 0;
            for (String typed : List.of("12", "1", "wo", "st", "d", "ka", "zq", "inbraak d", "politiebericht 1")) {
                List<Long> expected = ids(url, "SELECT id FROM alert WHERE " + previousCondition(typed)
                        + " ORDER BY log_at DESC, id DESC");
                assertEquals(expected, allPages(desk, typed), typed);
                try (Storage file = Storage.open(demo, clock)) {
                    assertEquals(allPages(file, typed), expected, "the desk's own log finds the same for " + typed);
                }
                found += expected.size();
            }
            assertTrue(found > 100, "the words compared found alerts: " + found);
        }
    }

    /**
     * The condition before V7: each word's start tested on the words computed from the folded text, split
     * at every character that is not a letter or digit (V10).
     */
    private static String previousCondition(String typed) {
        List<String> parts = new ArrayList<>();
        for (String word : typed.split(" ")) {
            parts.add(word.length() >= 3 ? "text_folded LIKE '%' || meldtafel_fold('" + word + "') || '%'"
                    : "to_tsvector('simple', regexp_replace(coalesce(text_folded, ''), '[^[:alnum:]]+', ' ', 'g')) "
                    + "@@ to_tsquery('simple', quote_literal(meldtafel_fold('"
                    + word + "')) || ':*')");
        }
        return String.join(" AND ", parts);
    }

    /** Every match, newest first, as the Logboek pages through them. */
    private static List<Long> allPages(Storage desk, String typed) {
        List<Long> ids = new ArrayList<>();
        Optional<LogCursor> next = Optional.empty();
        do {
            AlertQuery q = AlertQuery.all().text(typed);
            Page<AlertRow> page = desk.alerts().search(next.map(q::after).orElse(q));
            page.items().forEach(row -> ids.add(row.id()));
            next = page.next();
        } while (next.isPresent());
        return ids;
    }

    private static List<Long> ids(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }
}

package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.ContextInitializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import nl.meldtafel.cli.Command;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A whole demo run through the jar's command path, then a retention run, a search for a name and a log
 * verify: the log file says what ran and how long it took, and holds none of what the log is about.
 */
class LogPrivacyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    // shorter values ("ja", "20", "man") also occur in ordinary log words and times; they name no one
    private static final int SHORTEST_VALUE = 6;
    private static final Pattern A_LETTER = Pattern.compile("\\p{L}");

    @TempDir
    Path dir;

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void aDemoRunLogsItsStepsAndTimingsButNoTextValueNameOrContactDetail() throws Exception {
        Clock clock = Clock.system(ZoneId.of("Europe/Amsterdam"));
        assertEquals(0, command(clock, "demo", "--alerts", "400", "--data-dir", dir.toString()));
        Set<String> secrets = secretsIn(dir.resolve("meldtafel.db"));
        String aName = secrets.stream().filter(s -> s.contains(" ") && s.length() < 30).findFirst().orElseThrow();

        assertEquals(0, command(clock, "retention", "run", "--data-dir", dir.toString()));
        command(clock, "log", "search", aName, "--data-dir", dir.toString());
        assertEquals(0, command(clock, "log", "verify", "--data-dir", dir.toString()));

        String log = Files.readString(dir.resolve("logs").resolve("meldtafel.log"), StandardCharsets.UTF_8);
        assertTrue(secrets.size() > 500, "the demo holds texts, values, names and contact details: " + secrets.size());
        Set<String> leaked = new TreeSet<>();
        for (String secret : secrets) {
            if (log.contains(secret)) {
                leaked.add(secret);
            }
        }
        assertEquals(Set.of(), leaked, "in the log file:\n" + log);
        for (String line : List.of("starting command demo", "Command demo ended with exit code 0 after",
                "opened in", "Migration V1__initial_schema.sql applied in", "Schema migrated from version 0 to",
                "starting command retention run", "Retention: ", "alerts redacted", "Schema at version",
                "starting command log search", "Command log verify ended with exit code 0 after")) {
            assertTrue(log.contains(line), "'" + line + "' missing in:\n" + log);
        }
    }

    private static int command(Clock clock, String... args) {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.command(List.of(args), Map.of(), clock, new Command.Io(new ByteArrayInputStream(new byte[0]), quiet, quiet));
    }

    /** Every text, typed value, officer and administrator name, phone and email, close and skip reason in the log. */
    private static Set<String> secretsIn(Path db) throws Exception {
        Set<String> secrets = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String text : column(st, "SELECT text FROM alert WHERE text IS NOT NULL")) {
                text.lines().map(String::strip).filter(l -> l.length() >= 12).forEach(secrets::add);
            }
            for (String json : column(st, "SELECT values_json FROM alert WHERE values_json IS NOT NULL "
                    + "UNION ALL SELECT values_json FROM draft")) {
                leaves(JSON.readTree(json), secrets);
            }
            secrets.addAll(column(st, "SELECT name FROM officer WHERE personnel_number <> 'meldtafel-systeem'"));
            for (String sql : List.of("SELECT name FROM administrator", "SELECT phone FROM administrator",
                    "SELECT email FROM administrator", "SELECT close_reason FROM alert", "SELECT reason FROM alert_post")) {
                column(st, sql).stream().filter(s -> s.length() >= 5).forEach(secrets::add);
            }
        }
        return secrets;
    }

    private static void leaves(JsonNode node, Set<String> into) {
        if (node.isContainerNode()) {
            node.forEach(child -> leaves(child, into));
        } else if (node.isTextual()) {
            String value = node.asText().strip();
            if (value.length() >= SHORTEST_VALUE && A_LETTER.matcher(value).find()) {
                into.add(value);
            }
        }
    }

    private static List<String> column(Statement st, String sql) throws Exception {
        List<String> values = new java.util.ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString(1) != null && !rs.getString(1).isBlank()) {
                    values.add(rs.getString(1));
                }
            }
        }
        return values;
    }
}

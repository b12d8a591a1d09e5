package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.SignInResult;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server import} moves a desk's demo log to an empty server: the chain verifies there with the same
 * head, search finds the same alerts, the desk's file is untouched; a tampered log or a server that already
 * holds a log is refused with nothing written.
 */
class ServerImportTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path home;
    private Path desk;
    private String url;
    private String server;

    @BeforeEach
    void deskAndServer() {
        desk = home.resolve("balie");
        url = EmbeddedServer.freshDatabase();
        server = EmbeddedServer.address(url, "postgres");
        CommandRun demo = run("demo", "--alerts", "60", "--data-dir", desk.toString(), "--seed", "7");
        assertEquals(0, demo.exit(), demo.toString());
        CommandRun init = run("server", "init", "--database", server);
        assertEquals(0, init.exit(), init.toString());
    }

    private CommandRun run(String... args) {
        return CommandRun.run(AdminCommandLine.of(Map.of(DataFolder.ENV, home.resolve("standaard").toString()), CLOCK), args);
    }

    @Test
    void aDemoLogMovesUpAndVerifiesOnTheServerWithTheSameHeadAndSearchResults() throws Exception {
        String fileBefore = sha256(desk.resolve(DataFolder.DATABASE_FILE));
        CommandRun onDesk = run("log", "verify", "--data-dir", desk.toString());
        assertEquals(0, onDesk.exit(), onDesk.toString());

        CommandRun imported = run("server", "import", "--from-data-dir", desk.toString(), "--database", server);
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().contains("  alert: " + deskCount("alert") + "\n"), imported.out());
        assertTrue(imported.out().contains("  audit_entry: " + deskCount("audit_entry") + "\n"), imported.out());

        CommandRun onServer = run("log", "verify", "--database", server);
        assertEquals(0, onServer.exit(), onServer.toString());
        assertEquals(headLine(onDesk), headLine(onServer), "the same chain, to the last entry");
        assertEquals(intactLine(onDesk), intactLine(onServer));

        int found = 0;
        for (String word : List.of("inbraak", "scooter", "vermist")) {
            CommandRun deskSearch = run("log", "search", word, "--data-dir", desk.toString());
            CommandRun serverSearch = run("log", "search", word, "--database", server);
            assertEquals(deskSearch.out(), serverSearch.out(), "search for " + word);
            found += deskSearch.outLines().size();
        }
        assertTrue(found > 3, "the searches compared found alerts: " + found);
        assertEquals(fileBefore, sha256(desk.resolve(DataFolder.DATABASE_FILE)), "the desk's file is only read");

        // the server goes on where the desk stopped: a new alert gets the next number, not a used one
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT nextval(pg_get_serial_sequence('alert', 'id')) > (SELECT max(id) FROM alert)")) {
            rs.next();
            assertTrue(rs.getBoolean(1));
        }
    }

    @Test
    void theDesksAccountsMoveUpAndSignInOnTheServerWithTheirOwnPasswords() throws Exception {
        try (Storage s = Storage.open(desk, CLOCK)) {
            // a low work factor: a password is checked against the factor it was stored with, also on the server
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("Karin de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            accounts.add(chef, "Wim Wijk", "100500", Set.of(Role.WIJKAGENT), List.of("Centrum"), "Wijkagent-2026".toCharArray());
        }
        CommandRun imported = run("server", "import", "--from-data-dir", desk.toString(), "--database", server);
        assertEquals(0, imported.exit(), imported.toString());
        assertTrue(imported.out().contains("  account: 2\n"), imported.out());
        try (Storage onServer = Storage.on(home.resolve("servermeldtafel"), PostgresBackend.at(url, EmbeddedServer.user(), CLOCK), CLOCK)) {
            onServer.open();
            assertTrue(onServer.verifier().verify(Optional.empty()).intact());
            SignInResult in = onServer.accounts().signIn("100500", "Wijkagent-2026".toCharArray(), "pc");
            assertEquals(List.of("Centrum"), ((SignInResult.SignedIn) in).account().wijken());
        }
    }

    @Test
    void aTamperedLogIsRefusedAndNothingIsWritten() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER alert_sent_content_immutable");
            st.executeUpdate("UPDATE alert SET text = 'vervalst' WHERE id = (SELECT max(id) FROM alert WHERE status <> 'PENDING')");
        }

        CommandRun imported = run("server", "import", "--from-data-dir", desk.toString(), "--database", server);

        assertEquals(1, imported.exit(), imported.toString());
        assertTrue(imported.err().contains("does not verify"), imported.err());
        assertEquals(0, count("alert") + count("audit_entry") + count("officer"), "the server stays empty");
    }

    @Test
    void aServerThatAlreadyHoldsALogIsRefused() throws Exception {
        assertEquals(0, run("server", "import", "--from-data-dir", desk.toString(), "--database", server).exit());
        long alerts = count("alert");

        CommandRun again = run("server", "import", "--from-data-dir", desk.toString(), "--database", server);

        assertEquals(1, again.exit(), again.toString());
        assertTrue(again.err().contains("already holds a log"), again.err());
        assertEquals(alerts, count("alert"));
    }

    @Test
    void withTeamTheDesksLogJoinsThatTeamAndAnotherTeamsDeskDoesNotSeeIt() throws Exception {
        assertEquals(1, run("server", "import", "--from-data-dir", desk.toString(), "--database", server, "--team", "Noord").exit(),
                "a team the server does not have yet is refused");
        assertEquals(0, count("alert"));
        assertEquals(0, run("team", "add", "Noord", "--database", server).exit());

        CommandRun imported = run("server", "import", "--from-data-dir", desk.toString(), "--database", server, "--team", "Noord");

        assertEquals(0, imported.exit(), imported.toString());
        assertEquals(count("alert"), count("alert WHERE team_id = (SELECT id FROM team WHERE name = 'Noord')"));
        assertEquals(count("officer"), count("officer WHERE team_id = (SELECT id FROM team WHERE name = 'Noord')"));
        assertEquals(count("target_group"), count("target_group WHERE team_id = (SELECT id FROM team WHERE name = 'Noord')"));
        assertEquals(run("log", "search", "inbraak", "--data-dir", desk.toString()).out(),
                run("log", "search", "inbraak", "--database", server, "--team", "Noord").out());
        assertTrue(run("log", "search", "inbraak", "--database", server).out().startsWith("No alert matches"),
                "the first team has none of them");
        assertEquals(0, run("log", "verify", "--database", server).exit());
    }

    @Test
    void aFolderWithoutALogIsRefused() {
        CommandRun run = run("server", "import", "--from-data-dir", home.resolve("leeg").toString(), "--database", server);
        assertEquals(1, run.exit(), run.toString());
    }

    private long count(String table) throws Exception {
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long deskCount(String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + desk.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String headLine(CommandRun run) {
        return run.outLines().stream().filter(l -> l.startsWith("Head: ")).findFirst().orElseThrow(() -> new AssertionError(run));
    }

    private static String intactLine(CommandRun run) {
        return run.outLines().stream().filter(l -> l.startsWith("Log intact")).findFirst().orElseThrow(() -> new AssertionError(run));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}

package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import nl.meldtafel.account.Role;
import java.util.Set;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.SignInResult;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server init} sets up a shared log on a real PostgreSQL, the desks' role writes alerts but
 * cannot change the record, a desk never sets up a server itself, and {@code --database} (or
 * MELDTAFEL_DATABASE) points every command at the server.
 */
class ServerCommandsTest {

    private static final Clock CLOCK = Clock.systemUTC();

    @TempDir
    Path home;
    private String url;
    private String owner;

    @BeforeEach
    void database() {
        url = EmbeddedServer.freshDatabase();
        owner = EmbeddedServer.address(url, "postgres");
    }

    private CommandRun run(Map<String, String> env, String... args) {
        Map<String, String> all = new HashMap<>(env);
        all.put(DataFolder.ENV, home.toString());
        return CommandRun.run(AdminCommandLine.of(all, CLOCK), args);
    }

    private CommandRun run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void initCreatesTheSchemaAndADeskRoleAndRunsAgainAfterAnUpgradeChangingNothing() {
        CommandRun first = run("server", "init", "--database", owner);
        assertEquals(0, first.exit(), first.toString());
        assertTrue(first.out().contains("schema created, now at version"), first.out());
        assertTrue(first.out().contains("Desk role meldtafel_desk granted"), first.out());

        CommandRun again = run("server", "init", "--database", owner);
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("(0 migrations applied)"), again.out());
    }

    @Test
    void anOwnerWhoMayNotCreateRolesIsToldHowTheDeskRoleIsMadeAndTheServerStaysAsItWas() throws Exception {
        // as the README sets it up: the log's owner is a plain login; roles are the whole server's, so unique names
        String unique = ProcessHandle.current().pid() + "_" + System.nanoTime();
        String beheer = "beheer_" + unique;
        String deskRole = "desk_" + unique;
        String database = url.substring(url.lastIndexOf('/') + 1).replaceFirst("\\?.*", "");
        EmbeddedServer.execute(url, "CREATE ROLE " + beheer + " LOGIN");
        EmbeddedServer.execute(url, "ALTER DATABASE " + database + " OWNER TO " + beheer);
        EmbeddedServer.execute(url, "GRANT CREATE ON SCHEMA public TO " + beheer); // as PUBLIC's goes, the owner keeps it
        String asOwner = EmbeddedServer.address(url, beheer);

        CommandRun refused = run("server", "init", "--database", asOwner, "--desk-role", deskRole);
        assertEquals(1, refused.exit(), refused.toString());
        assertTrue(refused.err().contains("sudo -u postgres createuser --no-login " + deskRole), refused.err());
        // PostgreSQL 14, as embedded here, lets everyone create tables in public, which the owner cannot undo
        assertTrue(refused.err().contains("REVOKE CREATE ON SCHEMA public FROM PUBLIC"), refused.err());
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "nothing was created");
        }

        // what the message says to do
        EmbeddedServer.execute(url, "CREATE ROLE " + deskRole + " NOLOGIN");
        EmbeddedServer.execute(url, "REVOKE CREATE ON SCHEMA public FROM PUBLIC");
        CommandRun done = run("server", "init", "--database", asOwner, "--desk-role", deskRole);
        assertEquals(0, done.exit(), done.toString());
        assertTrue(done.out().contains("Desk role " + deskRole + " granted"), done.out());
        String desk = "balie_" + unique;
        EmbeddedServer.execute(url, "CREATE ROLE " + desk + " LOGIN IN ROLE " + deskRole);
        Properties login = new Properties();
        login.setProperty("user", desk);
        try (Connection c = DriverManager.getConnection(ServerAddress.parse(EmbeddedServer.address(url, desk)).jdbcUrl(), login);
             Statement st = c.createStatement()) {
            assertRefused(st, "CREATE TABLE mine (id int)", "42501");
        }
    }

    @Test
    void aDeskLoginWritesAlertsButCannotChangeTheRecord() throws Exception {
        assertEquals(0, run("server", "init", "--database", owner).exit());
        EmbeddedServer.execute(url, "CREATE ROLE balie1_" + ProcessHandle.current().pid() + " LOGIN IN ROLE meldtafel_desk");
        String desk = "balie1_" + ProcessHandle.current().pid();
        ServerAddress address = ServerAddress.parse(EmbeddedServer.address(url, desk));

        long alertId;
        try (Storage storage = Storage.on(home, PostgresBackend.at(address, Map.of(), CLOCK),
                CLOCK)) {
            storage.open();
            Officer officer = storage.officers().register("J. de Vries", "123456");
            Actor actor = new Actor(officer, "balie1");
            long group = storage.groupRegister().addGroup(new GroupInput("Beheerders Zuid", "Zuid", "Leiden", true, ""), null);
            alertId = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}",
                    "Inbraak Dorpsstraat", null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of(group)), actor);
            storage.alertService().confirmSent(alertId, actor);
            // accounts are the desk's to make and use on the server too
            AccountService accounts = storage.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "balie1");
            assertInstanceOf(SignInResult.SignedIn.class, accounts.signIn("100200", "Teamchef-2026".toCharArray(), "balie1"));
            accounts.signIn("100200", "fout-wachtwoord".toCharArray(), "balie1");
        }

        Properties login = new Properties();
        login.setProperty("user", desk);
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), login); Statement st = c.createStatement()) {
            assertRefused(st, "UPDATE audit_entry SET entry_hash = 'x'", "42501");
            assertRefused(st, "DELETE FROM audit_entry", "42501");
            assertRefused(st, "TRUNCATE audit_entry", "42501");
            assertRefused(st, "DELETE FROM alert_post", "42501");
            assertRefused(st, "DELETE FROM officer", "42501");
            assertRefused(st, "DELETE FROM account", "42501"); // switched off, never deleted
            assertRefused(st, "CREATE TABLE mine (id int)", "42501");
            assertRefused(st, "DROP TABLE alert", "42501");
            // an alert's content and redaction only through meldtafel_redact, which writes its chain entry
            assertRefused(st, "UPDATE alert SET text = 'anders' WHERE id = " + alertId, "42501");
            assertRefused(st, "UPDATE alert SET text = NULL, values_json = NULL, content_salt = NULL, redacted_at = 1 "
                    + "WHERE id = " + alertId, "42501");
            // the grants allow confirming and closing, the triggers keep a sent alert as it was sent
            assertRefused(st, "UPDATE alert SET sent_at = 1 WHERE id = " + alertId, "23000");
            assertRefused(st, "DELETE FROM alert WHERE id = " + alertId, "23000");
            // the desk's confirmation was counted by the trigger (it runs as the owner); the desk cannot change the counts
            try (ResultSet rs = st.executeQuery("SELECT sum(n) FROM alert_week_count")) {
                assertTrue(rs.next());
                assertEquals(1, rs.getLong(1));
            }
            assertRefused(st, "UPDATE alert_week_count SET n = 5", "42501");
            assertRefused(st, "INSERT INTO alert_week_count (team_id, sent_week, kind, n) VALUES (1, '2026-W01', 'HETERDAAD', 1)", "42501");
            assertRefused(st, "DELETE FROM alert_week_count", "42501");
            try (ResultSet rs = st.executeQuery("SELECT text FROM alert WHERE id = " + alertId)) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).contains("Inbraak Dorpsstraat"));
            }
        }
        CommandRun verify = run(CHEF, "log", "verify", "--database", EmbeddedServer.address(url, desk), "--as", "100200");
        assertEquals(0, verify.exit(), verify.toString());
        assertTrue(verify.out().contains("Log intact"), verify.out());

        // the retention run's way: the function removes the content and chains the redaction itself
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), login); Statement st = c.createStatement()) {
            st.execute("SELECT meldtafel_redact(ARRAY[" + alertId + "]::bigint[], 1800000000000, 1, 'balie1', 'Systeem', '0')");
            try (ResultSet rs = st.executeQuery("SELECT text IS NULL, (SELECT event FROM audit_entry ORDER BY seq DESC LIMIT 1) "
                    + "FROM alert WHERE id = " + alertId)) {
                assertTrue(rs.next());
                assertTrue(rs.getBoolean(1));
                assertEquals("REDACTED", rs.getString(2));
            }
        }
        CommandRun afterRedaction = run(CHEF, "log", "verify", "--database", EmbeddedServer.address(url, desk), "--as", "100200");
        assertEquals(0, afterRedaction.exit(), afterRedaction.toString());
    }

    @Test
    void readingOnAServerNeedsAnAccountWhoseRoleMayReadWhatTheCommandShows() throws Exception {
        assertEquals(0, run("server", "init", "--database", owner).exit());
        try (Storage storage = Storage.on(home, PostgresBackend.at(url, EmbeddedServer.user(), CLOCK), CLOCK)) {
            storage.open();
            AccountService accounts = storage.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            accounts.add(chef, "J. Jansen", "100300", Set.of(Role.OPCO), List.of(), "Opco-wachtwoord".toCharArray());
            accounts.add(chef, "B. Heer", "100400", Set.of(Role.BEHEER), List.of(), "Beheer-wachtwoord".toCharArray());
            long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "hash-h", "{}",
                    "Inbraak Dorpsstraat", null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), chef);
            storage.alertService().confirmSent(id, chef);
        }
        String csv = home.resolve("log.csv").toString();
        Map<String, String> opco = Map.of(ActingOfficer.PASSWORD_ENV, "Opco-wachtwoord");
        Map<String, String> beheer = Map.of(ActingOfficer.PASSWORD_ENV, "Beheer-wachtwoord");

        CommandRun nobody = run("log", "export", "--out", csv, "--database", owner);
        assertEquals(2, nobody.exit(), "who reads must be said: " + nobody);
        CommandRun export = run(opco, "log", "export", "--out", csv, "--database", owner, "--as", "100300");
        assertEquals(0, export.exit(), export.toString());
        assertTrue(Files.readString(home.resolve("log.csv")).contains("Inbraak Dorpsstraat"));
        CommandRun report = run(opco, "report", "--from", "2026-11-16", "--to", "2026-11-22", "--out",
                home.resolve("r.pdf").toString(), "--database", owner, "--as", "100300");
        assertEquals(1, report.exit(), "reports are the teamchef's: " + report);
        assertTrue(!Files.exists(home.resolve("r.pdf")));
        CommandRun contentForBeheer = run(beheer, "log", "search", "inbraak", "--database", owner, "--as", "100400");
        assertEquals(1, contentForBeheer.exit(), "beheer reads no message content: " + contentForBeheer);
        assertTrue(!contentForBeheer.out().contains("Dorpsstraat"), contentForBeheer.out());
        CommandRun verify = run(beheer, "log", "verify", "--database", owner, "--as", "100400");
        assertEquals(0, verify.exit(), "beheer checks the chain: " + verify);
        CommandRun wrong = run(Map.of(ActingOfficer.PASSWORD_ENV, "geraden"), "log", "verify", "--database", owner, "--as", "100400");
        assertEquals(2, wrong.exit(), wrong.toString());
        assertTrue(wrong.err().contains("number or password wrong"), wrong.err());
    }

    private static final Map<String, String> CHEF = Map.of(ActingOfficer.PASSWORD_ENV, "Teamchef-2026");

    private static void assertRefused(Statement st, String sql, String sqlState) {
        SQLException e = assertThrows(SQLException.class, () -> st.execute(sql), sql);
        assertEquals(sqlState, e.getSQLState(), sql + ": " + e.getMessage());
    }

    @Test
    void aDeskNeverSetsUpAServerItselfAndSaysWhatToDo() throws Exception {
        StorageException e;
        try (Storage storage = Storage.on(home, PostgresBackend.at(url, EmbeddedServer.user(), CLOCK), CLOCK)) {
            e = assertThrows(StorageException.class, storage::open);
        }
        assertEquals(StorageException.Reason.NOT_SET_UP, e.reason());
        assertTrue(e.getMessage().contains("server init"), e.getMessage());
        try (Connection c = DriverManager.getConnection(url, EmbeddedServer.user()); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "the desk created nothing");
        }

        CommandRun verify = run("log", "verify", "--database", owner);
        assertEquals(2, verify.exit(), verify.toString());
        assertTrue(verify.err().contains("server init"), verify.err());
    }

    @Test
    void theEnvironmentNamesTheServerWhenNoOptionDoesAndAnOptionWins() {
        assertEquals(0, run("server", "init", "--database", owner).exit());

        CommandRun fromEnv = run(Map.of(ServerAddress.ENVIRONMENT, owner), "log", "verify");
        assertEquals(0, fromEnv.exit(), fromEnv.toString());
        assertTrue(fromEnv.out().contains("Log intact: 0 entries"), fromEnv.out());

        String otherDatabase = EmbeddedServer.address(EmbeddedServer.freshDatabase(), "postgres");
        CommandRun optionWins = run(Map.of(ServerAddress.ENVIRONMENT, owner), "log", "verify", "--database", otherDatabase);
        assertEquals(2, optionWins.exit(), "the option's database is not set up: " + optionWins);
    }

    @Test
    void aPasswordInTheAddressOrABadAddressIsAUsageError() {
        CommandRun password = run("server", "init", "--database", owner.replace("postgres@", "postgres:geheim@"));
        assertEquals(2, password.exit(), password.toString());
        assertTrue(password.err().contains("PGPASSWORD"), password.err());
        assertFalse(password.err().contains("geheim"), "the password is not repeated: " + password.err());

        CommandRun badEnv = run(Map.of(ServerAddress.ENVIRONMENT, "mysql://x@y/z"), "log", "verify");
        assertEquals(2, badEnv.exit(), badEnv.toString());
        assertTrue(badEnv.err().contains("MELDTAFEL_DATABASE"), badEnv.err());

        CommandRun noServer = run("server", "init");
        assertEquals(2, noServer.exit(), noServer.toString());
        assertTrue(noServer.err().contains("--database"), noServer.err());
    }

    @Test
    void aServerThatCannotBeReachedIsSaidSo() {
        CommandRun run = run("log", "search", "inbraak", "--database", "postgresql://postgres@127.0.0.1:1/meldtafel");
        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("Could not reach server 127.0.0.1:1/meldtafel"), run.err());
    }
}

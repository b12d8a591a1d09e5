package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfficerAddCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path home;
    private Path desk;

    @BeforeEach
    void aLog() {
        desk = home.resolve("balie");
        Storage.open(desk, CLOCK).close();
    }

    private CommandRun add(Map<String, String> env, String stdin, String... args) {
        return CommandRun.withStdin(new OfficerAddCommand(DefaultDataFolder.of(env), CLOCK), stdin, args);
    }

    @Test
    void theFirstAccountIsATeamchefWhoNeedsNoOneToSignForIt() {
        CommandRun opco = add(Map.of(), "Opco-wachtwoord\n", "100300", "--name", "J. Jansen", "--role", "opco", "--data-dir", desk.toString());
        assertEquals(1, opco.exit(), opco.toString());
        assertTrue(opco.err().contains("first account of a log is a teamchef"), opco.err());

        CommandRun chef = add(Map.of(), "Teamchef-2026\n", "100200", "--name", "K. de Boer", "--role", "teamchef", "--data-dir", desk.toString());
        assertEquals(0, chef.exit(), chef.toString());
        assertEquals("Account added: K. de Boer (100200), [teamchef].\n", chef.out());
        try (Storage s = Storage.open(desk, CLOCK)) {
            assertEquals(Set.of(Role.TEAMCHEF), s.officers().findByPersonnelNumber("100200")
                    .flatMap(o -> s.accounts().find(o.id())).orElseThrow().roles());
        }
    }

    @Test
    void laterAccountsAreAddedAsATeamchefWithHisPassword() {
        try (Storage s = Storage.open(desk, CLOCK)) {
            // a low work factor for the teamchef's password, checked against the factor it was stored with
            s.accountsWith(new PasswordHashing(1_000, new SecureRandom()))
                    .createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "test");
        }
        String[] wim = {"100500", "--name", "W. Wijk", "--role", "wijkagent", "--wijk", "Centrum", "--wijk", "Oost",
                "--data-dir", desk.toString()};
        CommandRun nobody = add(Map.of(), "Wijkagent-2026\n", wim);
        assertEquals(2, nobody.exit(), "who adds it must be said: " + nobody);

        String[] asChef = java.util.stream.Stream.concat(java.util.Arrays.stream(wim), java.util.stream.Stream.of("--as", "100200"))
                .toArray(String[]::new);
        CommandRun wrong = add(Map.of(ActingOfficer.PASSWORD_ENV, "Verkeerd-ww"), "Wijkagent-2026\n", asChef);
        assertEquals(1, wrong.exit(), wrong.toString());
        assertTrue(wrong.err().contains("Not signed in as 100200"), wrong.err());

        CommandRun added = add(Map.of(), "Teamchef-2026\nWijkagent-2026\n", asChef);
        assertEquals(0, added.exit(), added.toString());
        assertEquals("Account added: W. Wijk (100500), [wijkagent], wijken [Centrum, Oost].\n", added.out());
        try (Storage s = Storage.open(desk, CLOCK)) {
            Account wijkagent = s.officers().findByPersonnelNumber("100500").flatMap(o -> s.accounts().find(o.id())).orElseThrow();
            assertEquals(Set.of(Role.WIJKAGENT), wijkagent.roles());
            assertEquals(List.of("Centrum", "Oost"), wijkagent.wijken());
            assertTrue(s.audit().entriesAfter(0, 100).stream().anyMatch(e -> e.record().event() == AuditEvent.ACCOUNT_CREATED
                    && "100200".equals(e.record().actorNumber())), "the chain names the teamchef who added it");
        }
    }
}

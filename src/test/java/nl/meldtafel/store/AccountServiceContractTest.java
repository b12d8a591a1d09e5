package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.NotAllowedException;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.account.Role;
import nl.meldtafel.account.SignInResult;
import nl.meldtafel.account.WeakPasswordException;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.VerificationReport;
import org.junit.jupiter.api.Test;

/** Accounts, sign-in and lock-out, on both backends: what an officer and a teamchef would notice. */
class AccountServiceContractTest extends StorageContract {

    private static final String OS = "desk-pc";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    @Test
    void theFirstAccountOfANewLogIsATeamchefAndThereIsOnlyOneFirst() {
        try (Storage s = open(clock)) {
            assertFalse(accounts(s).anyAccount(), "a new log has no accounts: the desk asks for the first");
            Account chef = accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS);
            assertEquals(Set.of(Role.TEAMCHEF), chef.roles());
            assertTrue(chef.may(Permission.ACCOUNTS) && chef.may(Permission.RETENTION) && chef.may(Permission.SEND));
            assertTrue(accounts(s).anyAccount());
            assertThrows(IllegalStateException.class,
                    () -> accounts(s).createFirst("Iemand Anders", "100201", pw("Anders-2026"), OS));
            assertEquals(List.of("Karin de Boer"), accounts(s).all().stream().map(a -> a.officer().name()).toList());
            assertEquals(1, events(s, AuditEvent.ACCOUNT_CREATED).size());
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void theRightPasswordSignsInAndTheStoredFormIsASlowHashNeverThePassword() throws SQLException {
        try (Storage s = open(clock)) {
            // the desk's own work factor here, once; the other tests take a lower one to stay fast
            s.accounts().createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS);
            String stored = scalar("SELECT password_hash FROM account");
            assertTrue(stored.startsWith("pbkdf2-sha256$600000$"), stored);
            assertFalse(stored.contains("Teamchef-2026"));
            Actor chef = Actor.of(s.officers().findByPersonnelNumber("100200").orElseThrow());
            accounts(s).add(chef, "Jan Jansen", "100300", Set.of(Role.OPCO), List.of(), pw("Opco-wachtwoord"));
            SignInResult in = accounts(s).signIn("100300", pw("Opco-wachtwoord"), OS);
            assertEquals("Jan Jansen", assertInstanceOf(SignInResult.SignedIn.class, in).account().officer().name());
            assertEquals(new SignInResult.Refused(AccountService.MAX_TRIES - 1), accounts(s).signIn("100300", pw("opco-wachtwoord"), OS));
            for (AuditEntry e : s.audit().entriesAfter(0, 100)) {
                assertFalse(e.record().details().contains("Teamchef") || e.record().details().contains("wachtwoord"),
                        "no password in the chain: " + e.record().details());
            }
        }
    }

    @Test
    void fiveWrongTriesLockTheAccountForFiveMinutesEvenAgainstTheRightPasswordAndTheLockIsChained() {
        try (Storage s = open(clock)) {
            accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS);
            for (int i = 1; i < AccountService.MAX_TRIES; i++) {
                assertEquals(new SignInResult.Refused(AccountService.MAX_TRIES - i), accounts(s).signIn("100200", pw("fout-" + i + "xyz"), OS));
            }
            SignInResult fifth = accounts(s).signIn("100200", pw("fout-5-xyz"), OS);
            assertEquals(new SignInResult.Locked(clock.instant().plus(Duration.ofMinutes(5))), fifth);
            clock.advance(Duration.ofMinutes(4));
            assertInstanceOf(SignInResult.Locked.class, accounts(s).signIn("100200", pw("Teamchef-2026"), OS));
            clock.advance(Duration.ofMinutes(1));
            assertInstanceOf(SignInResult.SignedIn.class, accounts(s).signIn("100200", pw("Teamchef-2026"), OS));
            assertEquals(AccountService.MAX_TRIES, events(s, AuditEvent.SIGN_IN_FAILED).size());
            assertEquals(1, events(s, AuditEvent.ACCOUNT_LOCKED).size());
            // after the lock, the count starts again
            assertEquals(new SignInResult.Refused(AccountService.MAX_TRIES - 1), accounts(s).signIn("100200", pw("fout-6-xyz"), OS));
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void anUnknownNumberIsRefusedLikeAWrongPasswordAndWhatWasTypedStaysOutOfTheChain() {
        try (Storage s = open(clock)) {
            accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS);
            assertInstanceOf(SignInResult.Refused.class, accounts(s).signIn("Geheim-wachtwoord", pw("whatever1"), OS));
            List<AuditEntry> failed = events(s, AuditEvent.SIGN_IN_FAILED);
            assertEquals(1, failed.size());
            assertFalse(failed.get(0).record().details().contains("Geheim"), failed.get(0).record().details());
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void aTeamchefAddsAnOpcoWhoMayNotAddAccountsHimself() throws SQLException {
        try (Storage s = open(clock)) {
            Actor chef = Actor.of(accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS).officer());
            Account opco = accounts(s).add(chef, "Jan Jansen", "100300", Set.of(Role.OPCO), List.of(), pw("Opco-wachtwoord"));
            assertTrue(opco.may(Permission.SEND));
            assertFalse(opco.may(Permission.ACCOUNTS));
            Actor jan = Actor.of(opco.officer());
            assertThrows(NotAllowedException.class,
                    () -> accounts(s).add(jan, "Piet Pietersen", "100400", Set.of(Role.TEAMCHEF), List.of(), pw("Piet-wachtwoord")));
            assertEquals("2", scalar("SELECT count(*) FROM account"), "nothing written for the refused addition");
            assertTrue(s.officers().findByPersonnelNumber("100400").isEmpty());
            AuditEntry added = events(s, AuditEvent.ACCOUNT_CREATED).get(1);
            assertEquals("100200", added.record().actorNumber(), "the chain names who added the account");
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void theTeamchefSetsTheIdlePeriodForEveryDeskOfTheLogAndTheChainSaysWhoAndWhat() {
        try (Storage s = open(clock)) {
            Actor chef = Actor.of(accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS).officer());
            Actor jan = Actor.of(accounts(s).add(chef, "Jan Jansen", "100300", Set.of(Role.OPCO), List.of(),
                    pw("Opco-wachtwoord")).officer());
            assertEquals(Duration.ofHours(8), accounts(s).idleSignOut(), "one shift until the teamchef sets another");

            accounts(s).setIdleSignOut(chef, Duration.ofHours(6));
            assertThrows(NotAllowedException.class, () -> accounts(s).setIdleSignOut(jan, Duration.ofHours(12)));
            assertThrows(IllegalArgumentException.class, () -> accounts(s).setIdleSignOut(chef, Duration.ofMinutes(5)));
            assertThrows(IllegalArgumentException.class, () -> accounts(s).setIdleSignOut(chef, Duration.ofHours(25)));
            accounts(s).setIdleSignOut(chef, Duration.ofHours(4));
        }
        try (Storage s = open(clock)) { // another desk of the same log
            assertEquals(Duration.ofHours(4), accounts(s).idleSignOut());
            List<AuditEntry> changed = events(s, AuditEvent.SETTING_CHANGED);
            assertEquals(2, changed.size(), "the refused changes wrote nothing");
            assertEquals("100200", changed.get(1).record().actorNumber());
            assertEquals("{\"setting\":\"idleSignOutMinutes\",\"value\":240}", changed.get(1).record().details());
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void aWijkagentHasHisWijkenAndATooShortPasswordIsRefusedBeforeAnythingIsWritten() {
        try (Storage s = open(clock)) {
            Actor chef = Actor.of(accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS).officer());
            assertThrows(WeakPasswordException.class,
                    () -> accounts(s).add(chef, "Wim Wijk", "100500", Set.of(Role.WIJKAGENT), List.of("Centrum"), pw("kort")));
            assertTrue(s.officers().findByPersonnelNumber("100500").isEmpty());
            Account wim = accounts(s).add(chef, "Wim Wijk", "100500", Set.of(Role.WIJKAGENT), List.of(" Centrum", "Oost "),
                    pw("Wijkagent-2026"));
            assertEquals(List.of("Centrum", "Oost"), accounts(s).find(wim.officer().id()).orElseThrow().wijken());
        }
    }

    @Test
    void aForgottenPasswordIsResetByATeamchefWhichLiftsTheLockAndIsRecorded() {
        try (Storage s = open(clock)) {
            Actor chef = Actor.of(accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS).officer());
            Account jan = accounts(s).add(chef, "Jan Jansen", "100300", Set.of(Role.OPCO), List.of(), pw("Opco-wachtwoord"));
            for (int i = 0; i < AccountService.MAX_TRIES; i++) {
                accounts(s).signIn("100300", pw("vergeten-" + i), OS);
            }
            accounts(s).resetPassword(chef, jan.officer().id(), pw("Nieuw-wachtwoord-1"));
            assertInstanceOf(SignInResult.Refused.class, accounts(s).signIn("100300", pw("Opco-wachtwoord"), OS));
            assertInstanceOf(SignInResult.SignedIn.class, accounts(s).signIn("100300", pw("Nieuw-wachtwoord-1"), OS));
            AuditEntry reset = events(s, AuditEvent.PASSWORD_SET).get(0);
            assertEquals("100200", reset.record().actorNumber());
            assertTrue(accounts(s).changeOwnPassword(Actor.of(jan.officer()), pw("Nieuw-wachtwoord-1"), pw("Mijn-eigen-ww")));
            assertInstanceOf(SignInResult.SignedIn.class, accounts(s).signIn("100300", pw("Mijn-eigen-ww"), OS));
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void aDeactivatedAccountCannotSignInAndIsNeverDeleted() {
        try (Storage s = open(clock)) {
            Actor chef = Actor.of(accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS).officer());
            Account jan = accounts(s).add(chef, "Jan Jansen", "100300", Set.of(Role.OPCO), List.of(), pw("Opco-wachtwoord"));
            Account off = accounts(s).change(chef, jan.officer().id(), Set.of(Role.OPCO), List.of(), false);
            assertFalse(off.may(Permission.SEND));
            assertEquals(new SignInResult.Deactivated(), accounts(s).signIn("100300", pw("Opco-wachtwoord"), OS));
            assertThrows(IllegalArgumentException.class,
                    () -> accounts(s).change(chef, chef.officer().id(), Set.of(Role.OPCO), List.of(), true),
                    "a teamchef cannot take his own role away");
            assertThrows(SQLException.class, () -> rawExec("DELETE FROM account WHERE officer_id = " + jan.officer().id()));
            accounts(s).change(chef, jan.officer().id(), Set.of(Role.OPCO), List.of(), true);
            assertInstanceOf(SignInResult.SignedIn.class, accounts(s).signIn("100300", pw("Opco-wachtwoord"), OS));
            assertTrue(s.verifier().verify(Optional.empty()).intact());
        }
    }

    @Test
    void aRoleGivenPastMeldtafelIsFoundByVerify() throws SQLException {
        try (Storage s = open(clock)) {
            Actor chef = Actor.of(accounts(s).createFirst("Karin de Boer", "100200", pw("Teamchef-2026"), OS).officer());
            Account jan = accounts(s).add(chef, "Jan Jansen", "100300", Set.of(Role.OPCO), List.of(), pw("Opco-wachtwoord"));
            rawExec("UPDATE account SET roles = 'TEAMCHEF' WHERE officer_id = " + jan.officer().id());
            VerificationReport report = s.verifier().verify(Optional.empty());
            assertFalse(report.intact());
            assertTrue(report.problem().orElseThrow().description().contains("changed outside Meldtafel"),
                    report.problem().orElseThrow().description());
        }
    }

    /** A low work factor: PBKDF2 at 600,000 rounds takes about a second each on the tests' C1-only JVM. */
    private static AccountService accounts(Storage s) {
        return s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
    }

    private List<AuditEntry> events(Storage s, AuditEvent event) {
        return s.audit().entriesAfter(0, 1000).stream().filter(e -> e.record().event() == event).toList();
    }

    private String scalar(String sql) throws SQLException {
        try (Connection c = rawConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

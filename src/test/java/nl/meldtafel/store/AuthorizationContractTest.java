package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ObjLongConsumer;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.NotAllowedException;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.AuditRecord;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.Test;

/**
 * Each service step with each role, on both backends: what a role may not do is refused in the service,
 * whatever a desk or a script calls, and leaves the chain as it was.
 */
class AuthorizationContractTest extends StorageContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T08:00:00Z"));

    /** A step on a sent alert of the teamchef's, made by {@code prepare} before the step is tried. */
    private record Step(Permission permission, boolean needsAlert, ObjLongConsumer<Actor> run) {
    }

    @Test
    void eachRoleMayExactlyTheStepsItsPermissionsAllowAndARefusalChangesNothing() {
        try (Storage s = open(clock)) {
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            Map<Role, Actor> actors = new LinkedHashMap<>();
            actors.put(Role.TEAMCHEF, chef);
            int n = 0;
            for (Role role : List.of(Role.OPCO, Role.WIJKAGENT, Role.BEHEER)) {
                actors.put(role, Actor.of(accounts.add(chef, "Agent " + role, "10030" + n++, Set.of(role), List.of(),
                        "Wachtwoord-2026".toCharArray()).officer()));
            }
            List<String> wrong = new ArrayList<>();
            for (Map.Entry<Role, Actor> e : actors.entrySet()) {
                for (Map.Entry<String, Step> step : steps(s, accounts, chef).entrySet()) {
                    long alert = step.getValue().needsAlert() ? send(s, chef) : 0;
                    long chainBefore = s.audit().head().orElseThrow().seq();
                    boolean allowed = e.getKey().may(step.getValue().permission());
                    try {
                        step.getValue().run().accept(e.getValue(), alert);
                        if (!allowed) {
                            wrong.add(e.getKey() + " could " + step.getKey());
                        }
                    } catch (NotAllowedException refused) {
                        if (allowed) {
                            wrong.add(e.getKey() + " was refused " + step.getKey());
                        }
                        assertEquals(chainBefore, s.audit().head().orElseThrow().seq(), "a refused step writes nothing");
                    }
                }
            }
            assertEquals(List.of(), wrong);
        }
    }

    @Test
    void aDeactivatedAccountMayNoLongerSendAndALogWithoutAccountsWorksAsBefore() {
        try (Storage s = open(clock)) {
            Actor early = Actor.of(s.officers().register("J. de Vries", "123456"));
            long before = send(s, early); // no accounts yet: the desk works as it did
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            clock.advance(Duration.ofSeconds(6)); // past the desk's "no accounts yet" of a moment ago
            assertThrows(NotAllowedException.class, () -> send(s, early), "an officer without an account, once there are accounts");
            Actor opco = Actor.of(accounts.add(chef, "J. Jansen", "100300", Set.of(Role.OPCO), List.of(),
                    "Wachtwoord-2026".toCharArray()).officer());
            assertDoesNotThrow(() -> send(s, opco));
            accounts.change(chef, opco.officer().id(), Set.of(Role.OPCO), List.of(), false);
            assertThrows(NotAllowedException.class, () -> send(s, opco));
            // what the desk queued while signed in was posted already: the log takes it, never loses it
            long late = s.alertService().recordLate(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}", "*HETERDAAD*\nWachtrij",
                    null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), opco, clock.instant().minusSeconds(60));
            s.alertService().confirmLate(late, opco, clock.instant().minusSeconds(50));
            assertEquals("100300", s.alertService().find(late).orElseThrow().officer().personnelNumber());
            assertEquals(before, s.alertService().find(before).orElseThrow().id());
        }
    }

    private Map<String, Step> steps(Storage s, AccountService accounts, Actor chef) {
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("send an alert", new Step(Permission.SEND, false, (actor, id) -> send(s, actor)));
        steps.put("put off a reminder", new Step(Permission.FOLLOW_UP, true, (actor, id) -> s.alertService().snooze(id, actor)));
        steps.put("close with a reason", new Step(Permission.FOLLOW_UP, true,
                (actor, id) -> s.alertService().closeWithReason(id, CloseCategory.DUBBEL, "Dubbel verstuurd", actor)));
        steps.put("record a response", new Step(Permission.FOLLOW_UP, true,
                (actor, id) -> s.responses().record(id, s.responses().state(id).version(), 2, 1, ResponseResult.GEEN, actor)));
        steps.put("change retention periods", new Step(Permission.RETENTION, false,
                (actor, id) -> s.retention().savePolicy(s.retention().policy(), actor)));
        steps.put("put a hold", new Step(Permission.RETENTION, true,
                (actor, id) -> s.retention().placeHold(id, "Onderzoek", LocalDate.of(2027, 1, 1), actor)));
        steps.put("add an account", new Step(Permission.ACCOUNTS, false, (actor, id) -> accounts.add(actor, "Nieuw " + System.nanoTime(),
                String.valueOf(200_000 + (System.nanoTime() % 700_000)), Set.of(Role.OPCO), List.of(), "Wachtwoord-2026".toCharArray())));
        steps.put("add a beheerdersgroep", new Step(Permission.REGISTER, false, (actor, id) -> s.groupRegister().addGroup(
                new GroupInput("Beheerders " + System.nanoTime(), "Centrum", "Leiden", true, ""), actor)));
        steps.put("import the register", new Step(Permission.REGISTER, false, (actor, id) -> s.groupRegister().applyImport(
                s.groupRegister().previewImport(("Groepsnaam;Kern;Beheerder;Telefoon\nBuurt " + System.nanoTime()
                        + ";Oegstgeest;Piet;0612345678\n").getBytes(StandardCharsets.UTF_8), ""), actor)));
        return steps;
    }

    @Test
    void aPcClockSetBackDoesNotKeepTheDeskBelievingThereAreNoAccounts() {
        try (Storage s = open(clock)) {
            Actor early = Actor.of(s.officers().register("J. de Vries", "123456"));
            send(s, early); // no accounts yet: the desk believes so for a few seconds
            clock.advance(Duration.ofHours(-1)); // the PC's clock is put back an hour
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc");
            clock.advance(Duration.ofSeconds(6));
            assertThrows(NotAllowedException.class, () -> send(s, early),
                    "an hour of the clock set back must not be an hour without the accounts' check");
        }
    }

    @Test
    void aRegisterChangeAndImportAreChainedUnderTheTeamchefWhoMadeThem() {
        try (Storage s = open(clock)) {
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            long seq = s.audit().head().orElseThrow().seq();
            long group = s.groupRegister().addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true, ""), chef);
            s.groupRegister().applyImport(s.groupRegister().previewImport(
                    "Groepsnaam;Kern;Beheerder;Telefoon\nBuurt Noord;Oegstgeest;Piet;0612345678\n".getBytes(StandardCharsets.UTF_8), ""), chef);
            s.groupRegister().delete(group, chef);

            List<AuditRecord> written = s.audit().entriesAfter(seq, 100).stream().map(AuditEntry::record).toList();
            assertEquals(List.of(AuditEvent.GROUP_CREATED, AuditEvent.GROUP_CREATED, AuditEvent.ADMIN_ADDED, AuditEvent.GROUP_REMOVED),
                    written.stream().map(AuditRecord::event).toList());
            assertEquals(Set.of("100200"), written.stream().map(AuditRecord::actorNumber).collect(java.util.stream.Collectors.toSet()),
                    "every entry names the teamchef");
            assertTrue(s.verifier().verify(java.util.Optional.empty()).intact());
        }
    }

    private static long send(Storage s, Actor actor) {
        long id = s.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "h", "{}", "*HETERDAAD*\nTest",
                null, new FollowUpPolicy(true, Duration.ofHours(1), null), List.of()), actor);
        s.alertService().confirmSent(id, actor);
        return id;
    }
}

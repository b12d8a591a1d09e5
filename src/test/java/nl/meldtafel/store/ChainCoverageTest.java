package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.NeighbourhoodInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain commits to who, what and where, as it was at the time (issue 11, point 1). */
class ChainCoverageTest extends StorageContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));
    private Storage storage;
    private AlertService service;
    private Actor jan;
    private long group;

    @BeforeEach
    void setUp() {
        storage = open(clock);
        service = storage.alertService();
        jan = Fixtures.officer(storage, "J. de Vries", "12345");
        group = storage.groupRegister().addGroup(new GroupInput("Leiden-Zuid", "Zuid", "Leiden", true, ""), null);
    }

    @AfterEach
    void tearDown() {
        storage.close();
    }

    @Test
    void renamingAnOfficerIsItsOwnEntryAndPastAlertsKeepTheNameTheyWereSentUnder() throws Exception {
        long before = sent("Inbraak Dorpsstraat");
        Actor renamed = Fixtures.officer(storage, "B. Ogus", "12345");
        long after = sent("Inbraak Kerkstraat", renamed);

        assertEquals(jan.officer().id(), renamed.officer().id(), "the same person, by personnel number");
        assertEquals("J. de Vries", storage.alerts().find(before).orElseThrow().officer().name());
        assertEquals("B. Ogus", storage.alerts().find(after).orElseThrow().officer().name());
        AuditEntry rename = only(AuditEvent.OFFICER_RENAMED);
        assertTrue(rename.record().details().contains("\"from\":\"J. de Vries\",\"name\":\"B. Ogus\""), rename.toString());
        AuditEntry firstSent = entries(AuditEvent.SENT).get(0);
        assertEquals("J. de Vries", firstSent.record().actorName());
        assertEquals("12345", firstSent.record().actorNumber());
        assertIntact();

        rawExec("UPDATE officer SET name = 'Iemand Anders' WHERE id = " + jan.officer().id());
        assertBroken("changed outside Meldtafel");
    }

    @Test
    void theSentEntryNamesTheGroupsAsTheyWereAndARenameIsChained() throws Exception {
        long id = sent("Inbraak Dorpsstraat");
        storage.groupRegister().updateGroup(group, storage.groupRegister().detail(group).version(),
                new GroupInput("Leiden-Zuid (oud)", "Zuid", "Leiden", true, ""), jan);

        assertTrue(only(AuditEvent.SENT).record().details().contains("\"groupNames\":[\"Leiden-Zuid\"]"));
        assertEquals("Leiden-Zuid", storage.pasteChecklist().checklist(id).items().get(0).group().name(),
                "the alert shows the group as it was sent to");
        assertTrue(only(AuditEvent.GROUP_RENAMED).record().details().contains("\"from\":\"Leiden-Zuid\""));
        assertIntact();

        rawExec("UPDATE target_group SET name = 'Stil hernoemd' WHERE id = " + group);
        assertBroken("changed outside Meldtafel");
    }

    @Test
    void theTextIsChainedWhenCopiedAndADiscardIsChainedToo() throws Exception {
        long pending = service.recordPending(Fixtures.heterdaad("Nooit geplaatst", group), jan);
        AuditEntry copied = only(AuditEvent.COPIED);
        assertEquals(pending, copied.record().alertId());
        assertFalse(copied.record().details().contains("Nooit geplaatst"), "the text is sealed, not written out");

        service.discardPending(pending, jan);
        assertEquals(pending, only(AuditEvent.DISCARDED).record().alertId());
        assertIntact();

        long second = service.recordPending(Fixtures.heterdaad("Ook niet geplaatst", group), jan);
        rawExec("DELETE FROM alert_group WHERE alert_id = " + second,
                "DELETE FROM alert WHERE id = " + second);
        assertBroken("without a recorded discard");
    }

    @Test
    void ticksSnoozesAndResponseEditsAreChainedWithTheirOfficer() throws Exception {
        long id = service.recordPending(Fixtures.heterdaad("Inbraak", group), jan);
        storage.pasteChecklist().tick(id, group, jan);
        clock.advance(Duration.ofMinutes(61));
        service.snooze(id, jan);
        storage.responses().record(id, 0, 1, 0, ResponseResult.GEEN, jan);
        storage.responses().record(id, 1, 3, 1, ResponseResult.AANHOUDING, jan);

        AuditEntry tick = only(AuditEvent.TICKED);
        assertEquals(group, tick.record().subjectId());
        assertEquals("J. de Vries", tick.record().actorName());
        assertTrue(tick.record().details().contains("\"groupName\":\"Leiden-Zuid\",\"outcome\":\"POSTED\""));
        assertEquals(id, only(AuditEvent.SNOOZED).record().alertId());
        assertEquals(2, entries(AuditEvent.RESPONSE).size());
        assertIntact();

        rawExec("UPDATE alert_response SET calls_112 = 30 WHERE alert_id = " + id);
        assertBroken("response");
    }

    @Test
    void registerChangesAreChainedWithoutContactDetails() {
        long buurt = storage.groupRegister().addNeighbourhoodGroup(group, new NeighbourhoodInput("Zuid (Kerkstraat)", "Zuid", "Leiden"), null);
        long anna = storage.groupRegister().addAdministrator(buurt, new AdministratorInput("Anna de Boer", "06-98765432", "anna@example.org"), null);
        storage.groupRegister().removeAdministrator(buurt, anna, null);
        storage.groupRegister().setActive(group, storage.groupRegister().detail(group).version(), false, jan);

        assertEquals(1, entries(AuditEvent.GROUP_CREATED).size());
        assertEquals(buurt, only(AuditEvent.ADMIN_ADDED).record().subjectId());
        assertEquals(buurt, only(AuditEvent.ADMIN_REMOVED).record().subjectId());
        assertEquals(group, only(AuditEvent.GROUP_DEACTIVATED).record().subjectId());
        for (AuditEntry e : storage.audit().entriesAfter(0, 100)) {
            assertFalse(e.record().details().contains("98765432") || e.record().details().contains("anna@"), e.toString());
        }
        assertIntact();
    }

    private long sent(String text) {
        return sent(text, jan);
    }

    private long sent(String text, Actor by) {
        long id = service.recordPending(Fixtures.heterdaad(text, group), by);
        service.confirmSent(id, by);
        return id;
    }

    private List<AuditEntry> entries(AuditEvent event) {
        return storage.audit().entriesAfter(0, 1000).stream().filter(e -> e.record().event() == event).toList();
    }

    private AuditEntry only(AuditEvent event) {
        List<AuditEntry> found = entries(event);
        assertEquals(1, found.size(), event + " entries: " + found);
        return found.get(0);
    }

    private void assertIntact() {
        VerificationReport r = storage.verifier().verify(Optional.empty());
        assertTrue(r.intact(), String.valueOf(r.problem()));
    }

    private void assertBroken(String words) {
        VerificationReport r = storage.verifier().verify(Optional.empty());
        assertFalse(r.intact(), "tampering not noticed");
        assertTrue(r.problem().orElseThrow().description().contains(words), r.problem().toString());
    }
}

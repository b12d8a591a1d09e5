package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.stats.AlertFact;
import nl.meldtafel.stats.GroupArea;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.Period;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FactSourceTest extends StorageContract {

    // Monday 16 November 2026, 09:00 in Amsterdam
    private static final Instant MONDAY = Instant.parse("2026-11-16T08:00:00Z");

    private final MutableClock clock = new MutableClock(MONDAY);
    private Storage storage;
    private AlertService service;
    private Actor jan;

    @BeforeEach
    void open() throws java.sql.SQLException {
        storage = open(clock);
        service = storage.alertService();
        jan = Fixtures.officer(storage, "J. de Vries", "123456");
        Fixtures.addGroups(storage, "Leiden-Zuid", "Merenwijk Noord");
        rawExec("UPDATE target_group SET wijk = 'Zuid', gemeente = 'Leiden' WHERE id = 1",
                "UPDATE target_group SET wijk = 'Merenwijk', gemeente = 'Leiden' WHERE id = 2");
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private long sent(String text, Long... groups) {
        long id = service.recordPending(Fixtures.heterdaad(text, groups), jan);
        service.confirmSent(id, jan);
        return id;
    }

    @Test
    void readsTheSentAlertsOfThePeriodWithGroupsAndClosure() {
        long followed = sent("Inbraak Dorpsstraat", 1L, 2L);
        clock.advance(Duration.ofMinutes(25));
        long afloop = service.recordPending(Fixtures.afloop(followed, "Verdachte aangehouden"), jan);
        service.confirmSent(afloop, jan);
        long reasoned = sent("Overval", 2L);
        clock.advance(Duration.ofMinutes(5));
        service.closeWithReason(reasoned, CloseCategory.DUBBEL, "Dubbel bericht", jan);
        long open = sent("Straatroof");
        service.recordPending(Fixtures.heterdaad("Nooit bevestigd", 1L), jan);
        clock.set(Instant.parse("2026-11-23T00:00:00Z")); // next week in Amsterdam
        sent("Volgende week");

        Period week = Period.weekOf(LocalDate.of(2026, 11, 16), MutableClock.AMSTERDAM);
        List<AlertFact> facts = storage.backend().facts().sentBetween(week.start(), week.end());

        assertEquals(List.of(followed, afloop, reasoned, open), facts.stream().map(AlertFact::id).toList());
        AlertFact f = facts.get(0);
        assertEquals(List.of(new GroupArea(1, "Leiden-Zuid", "Zuid", "Leiden"), new GroupArea(2, "Merenwijk Noord", "Merenwijk", "Leiden")),
                f.groups());
        assertEquals("J. de Vries", f.officerName());
        assertTrue(f.needsFollowUp());
        assertEquals(Long.valueOf(afloop), f.closedByAlertId());
        assertEquals(Duration.ofMinutes(25), f.timeToFollowUp().orElseThrow());
        assertFalse(facts.get(1).needsFollowUp());
        assertEquals("Dubbel bericht", facts.get(2).closeReason());
        assertTrue(facts.get(2).closedWithoutMessage());
        assertEquals(AlertStatus.SENT, facts.get(3).status());
        assertNull(facts.get(3).response());
    }

    @Test
    void factsNeverCarryAdministratorsContactDetails() {
        long group = storage.groupRegister().addGroup(new nl.meldtafel.groups.GroupInput("Beheerders Merenwijk", "Merenwijk", "Leiden", true, ""), null);
        long buurt = storage.groupRegister().addNeighbourhoodGroup(group, new nl.meldtafel.groups.NeighbourhoodInput("Merenwijk Noord", "Merenwijk", "Leiden"), null);
        storage.groupRegister().addAdministrator(buurt, new nl.meldtafel.groups.AdministratorInput("Anna de Boer", "06-98765432", "anna@example.org"), null);
        sent("Inbraak", group);
        Period week = Period.weekOf(LocalDate.of(2026, 11, 16), MutableClock.AMSTERDAM);

        String everything = storage.backend().facts().sentBetween(week.start(), week.end()).toString()
                + storage.overviews().overview(week);

        assertTrue(everything.contains("Beheerders Merenwijk"));
        assertFalse(everything.contains("Anna"), everything);
        assertFalse(everything.contains("98765432"), everything);
        assertFalse(everything.contains("example.org"), everything);
    }

    @Test
    void overviewServiceComputesAtTheClocksNow() {
        long open = sent("Straatroof", 1L);
        clock.advance(Duration.ofHours(2)); // past the 60-minute due time

        Overview o = storage.overviews().overview(Period.weekOf(LocalDate.of(2026, 11, 18), MutableClock.AMSTERDAM));

        assertEquals(List.of(open), o.overdueNow().ids());
        assertEquals("Zuid", o.perWijk().get(0).name());
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GroupTargetingTest extends StorageContract {

    private static final Instant START = Instant.parse("2026-11-23T13:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private Storage storage;
    private GroupRegister register;
    private PasteChecklist checklist;
    private Actor jan;
    private Actor piet;
    private long noord;
    private long zuid;
    private long centrum;
    private long zoetermeer;

    @BeforeEach
    void open() {
        storage = open(clock);
        register = storage.groupRegister();
        checklist = storage.pasteChecklist();
        jan = Fixtures.officer(storage, "J. de Vries", "123456");
        piet = Fixtures.officer(storage, "P. Jansen", "654321");
        noord = register.addGroup(new GroupInput("Beheerders Noord", "Noord", "Leiden", true, ""), null);
        zuid = register.addGroup(new GroupInput("Beheerders Zuid", "Zuid", "Leiden", true, ""), null);
        centrum = register.addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true, ""), null);
        zoetermeer = register.addGroup(new GroupInput("Beheerders Meerzicht", "Meerzicht", "Zoetermeer", true, ""), null);
        long buurt = register.addNeighbourhoodGroup(noord, new NeighbourhoodInput("Noord (Kerkstraat)", "Noord", "Leiden"), null);
        register.addAdministrator(buurt, new AdministratorInput("Anna de Boer", "06-98765432", "anna.deboer@example.org"), null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private long pending(MessageKind kind, Long parent, Long... groups) {
        return storage.alertService().recordPending(new nl.meldtafel.alert.NewAlert(kind, kind.jsonName(), "h",
                "{}", "*BERICHT*\nInbraak Kerkstraat " + kind, parent,
                kind == MessageKind.HETERDAAD ? Fixtures.HETERDAAD : null, List.of(groups)), jan);
    }

    @Test
    void quickSelectsTakeAWholeWijkOrGemeenteOfActiveGroups() {
        register.setActive(centrum, register.detail(centrum).version(), false, jan);

        TargetOptions options = storage.targeting().options();

        assertEquals(List.of("Leiden", "Zoetermeer"), options.gemeenten());
        assertEquals(List.of("Noord", "Zuid"), options.wijken("leiden"));
        assertEquals(List.of(noord, zuid), options.inGemeente("Leiden"));
        assertEquals(List.of(zuid), options.inWijk("Leiden", "zuid"));
    }

    @Test
    void theLastChoicePerKindIsTheNextDefault() {
        assertEquals(TargetChoice.Source.NONE, storage.targeting().defaultFor(MessageKind.HETERDAAD).source());
        long h = pending(MessageKind.HETERDAAD, null, zuid, noord);
        checklist.tick(h, zuid, jan);
        storage.targeting().remember(MessageKind.VERMISSING, List.of(zoetermeer, centrum));
        register.setActive(centrum, register.detail(centrum).version(), false, jan);

        TargetChoice heterdaad = storage.targeting().defaultFor(MessageKind.HETERDAAD);
        TargetChoice vermissing = storage.targeting().defaultFor(MessageKind.VERMISSING);

        assertEquals(TargetChoice.Source.LAST_CHOICE, heterdaad.source());
        assertEquals(List.of(noord, zuid), heterdaad.ids());
        assertEquals(List.of(zoetermeer), vermissing.ids());
        assertEquals(List.of("Beheerders Centrum"), vermissing.unavailable().stream().map(GroupRef::name).toList());

        storage.targeting().remember(MessageKind.WAARSCHUWING, List.of(zuid, noord, zuid));
        assertEquals(List.of(zuid, noord), storage.targeting().defaultFor(MessageKind.WAARSCHUWING).ids(), "in the order chosen, once");
        storage.targeting().remember(MessageKind.WAARSCHUWING, List.of(noord));
        assertEquals(List.of(noord), storage.targeting().defaultFor(MessageKind.WAARSCHUWING).ids());
        storage.targeting().remember(MessageKind.WAARSCHUWING, List.of());
        assertEquals(TargetChoice.Source.NONE, storage.targeting().defaultFor(MessageKind.WAARSCHUWING).source());
    }

    @Test
    void checklistTicksRecordTimesAndTheFirstTickConfirmsSent() {
        long id = pending(MessageKind.HETERDAAD, null, zuid, noord, centrum);
        Checklist list = checklist.checklist(id);
        assertEquals(List.of("Beheerders Centrum", "Beheerders Noord", "Beheerders Zuid"),
                list.items().stream().map(i -> i.group().name()).toList());
        assertEquals("Plak in: Beheerders Centrum", list.pasteInText().orElseThrow());

        clock.advance(Duration.ofSeconds(40));
        list = checklist.tick(id, centrum, jan);
        Alert sent = storage.alertService().find(id).orElseThrow();
        assertEquals(AlertStatus.SENT, sent.status());
        assertEquals(START.plusSeconds(40), sent.sentAt());
        assertEquals(START.plusSeconds(40), list.items().get(0).at());
        assertEquals("J. de Vries", list.items().get(0).officerName());
        assertEquals("Plak in: Beheerders Noord", list.pasteInText().orElseThrow());

        clock.advance(Duration.ofSeconds(25));
        list = checklist.tick(id, noord, piet);
        checklist.tick(id, noord, piet); // a double click changes nothing
        assertEquals(START.plusSeconds(65), list.items().get(1).at());
        assertEquals("P. Jansen", list.items().get(1).officerName());
        assertEquals(START.plusSeconds(40), storage.alertService().find(id).orElseThrow().sentAt());
        assertEquals("nog niet geplaatst in Beheerders Zuid", list.notYetPostedText().orElseThrow());
    }

    @Test
    void groupsNotYetPostedStayListedUntilTickedOrDismissedWithAReason() {
        long a = pending(MessageKind.HETERDAAD, null, noord, zuid);
        long b = pending(MessageKind.WAARSCHUWING, null, centrum);
        long unconfirmed = pending(MessageKind.HETERDAAD, null, zoetermeer);
        checklist.tick(a, noord, jan);
        clock.advance(Duration.ofMinutes(1));
        checklist.tick(b, centrum, jan);

        List<NotYetPosted> open = checklist.notYetPosted();
        assertEquals(1, open.size());
        assertEquals(a, open.get(0).alertId());
        assertEquals("nog niet geplaatst in Beheerders Zuid", open.get(0).text());
        assertTrue(open.stream().noneMatch(n -> n.alertId() == unconfirmed));

        assertThrows(IllegalArgumentException.class, () -> checklist.dismiss(a, zuid, "  ", jan));
        assertThrows(IllegalStateException.class, () -> checklist.dismiss(unconfirmed, zoetermeer, "weg", jan));
        clock.advance(Duration.ofMinutes(2));
        Checklist done = checklist.dismiss(a, zuid, "groep bestaat niet meer op de teamtelefoon", piet);

        assertTrue(checklist.notYetPosted().isEmpty());
        Checklist.Item item = done.items().get(1);
        assertEquals(Checklist.State.DISMISSED, item.state());
        assertEquals("groep bestaat niet meer op de teamtelefoon", item.reason());
        assertEquals(START.plusSeconds(180), item.at());
        assertThrows(IllegalStateException.class, () -> checklist.tick(a, zuid, jan));
        assertThrows(IllegalArgumentException.class, () -> checklist.tick(a, zoetermeer, jan));
    }

    @Test
    void ticksCannotBeChangedOrRemovedOutsideMeldtafel() {
        long a = pending(MessageKind.HETERDAAD, null, noord);
        checklist.tick(a, noord, jan);

        assertThrows(java.sql.SQLException.class, () -> rawExec("UPDATE alert_post SET at = 0"));
        assertThrows(java.sql.SQLException.class, () -> rawExec("DELETE FROM alert_post"));
    }

    @Test
    void aFollowUpDefaultsToTheGroupsOfItsOriginalLessDismissedOnes() {
        long original = pending(MessageKind.HETERDAAD, null, noord, zuid, centrum);
        checklist.tick(original, noord, jan);
        checklist.dismiss(original, centrum, "niet geplaatst: verkeerde wijk", jan);

        TargetChoice afloop = storage.targeting().defaultForFollowUp(original);

        assertEquals(TargetChoice.Source.ORIGINAL, afloop.source());
        assertEquals(List.of(noord, zuid), afloop.ids());
    }

    @Test
    void logFiltersByGroupWijkAndGemeenteAndAGroupListsWhatItReceived() {
        long a = pending(MessageKind.HETERDAAD, null, noord);
        long b = pending(MessageKind.HETERDAAD, null, zuid, zoetermeer);
        checklist.tick(a, noord, jan);
        checklist.tick(b, zuid, jan);

        assertEquals(List.of(a), ids(storage.alerts().search(AlertQuery.all().group(noord)).items()));
        assertEquals(List.of(b), ids(storage.alerts().search(AlertQuery.all().wijk("Leiden", "zuid")).items()));
        assertEquals(List.of(b), ids(storage.alerts().search(AlertQuery.all().wijk(null, "Meerzicht")).items()));
        assertEquals(List.of(b, a), ids(storage.alerts().search(AlertQuery.all().gemeente("Leiden")).items()));
        assertEquals(List.of(), ids(storage.alerts().search(AlertQuery.all().wijk("Zoetermeer", "Noord")).items()));
        assertEquals(List.of(b), ids(register.alertsReceived(zoetermeer, null).items()));
    }

    @Test
    void aGroupThatReceivedAlertsCanBeDeactivatedButNeverDeleted() {
        long a = pending(MessageKind.HETERDAAD, null, noord);
        checklist.tick(a, noord, jan);

        assertThrows(IllegalStateException.class, () -> register.delete(noord, null));
        assertThrows(java.sql.SQLException.class,
                () -> rawExec("DELETE FROM target_group WHERE id = " + noord));
        register.setActive(noord, register.detail(noord).version(), false, jan);
        assertTrue(register.search("Noord", false).isEmpty());
        assertEquals(1, register.search("Noord", true).size());

        register.delete(centrum, null); // never used: entered by mistake
        assertTrue(register.search("Centrum", true).isEmpty());
    }

    @Test
    void logFacingTypesCannotCarryAdministratorsContactDetails() {
        for (Class<?> type : List.of(Alert.class, AlertRow.class, GroupRef.class, Checklist.class, Checklist.Item.class,
                NotYetPosted.class, TargetChoice.class, TargetOptions.class, AuditEntry.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                String name = c.getName().toLowerCase(Locale.ROOT);
                assertTrue(!name.contains("phone") && !name.contains("email") && !name.contains("admin")
                        && !name.contains("notes"), type.getSimpleName() + "." + c.getName());
                assertTrue(!c.getGenericType().getTypeName().contains("Administrator"), type.getSimpleName() + "." + c.getName());
            }
        }
    }

    @Test
    void noLogQueryOrAuditEntryContainsAnAdministratorsPhoneOrEmail() throws Exception {
        long a = pending(MessageKind.HETERDAAD, null, noord, zuid);
        checklist.tick(a, noord, jan);
        long afloop = pending(MessageKind.AFLOOPBERICHT, a, storage.targeting().defaultForFollowUp(a).ids().toArray(Long[]::new));
        checklist.tick(afloop, noord, jan);

        List<Object> seen = new ArrayList<>();
        seen.addAll(storage.alerts().search(AlertQuery.all()).items());
        seen.addAll(storage.alerts().search(AlertQuery.all().group(noord)).items());
        seen.add(storage.alertService().find(a).orElseThrow());
        seen.add(storage.alertService().chainOf(a));
        seen.add(checklist.checklist(a));
        seen.addAll(checklist.notYetPosted());
        seen.add(storage.alerts().countsPerWeek("2026-W01", "2026-W53"));
        seen.addAll(storage.audit().entriesAfter(0, 1000));
        String everything = seen.toString();

        assertTrue(everything.contains("Beheerders Noord") || everything.contains("Inbraak"), everything);
        for (String personal : List.of("98765432", "anna.deboer@example.org", "Anna de Boer")) {
            assertTrue(!everything.contains(personal), personal + " leaked into " + everything);
        }
        // and the alert tables hold no copy of them either
        try (var c = rawConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT details FROM audit_entry")) {
            StringBuilder details = new StringBuilder();
            while (rs.next()) {
                details.append(rs.getString(1));
            }
            assertTrue(!details.toString().contains("98765432"));
        }
    }

    private static List<Long> ids(List<AlertRow> rows) {
        return rows.stream().map(AlertRow::id).toList();
    }
}

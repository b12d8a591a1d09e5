package nl.meldtafel.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.NotYetPosted;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What "Plak in: ..." and the Opvolging's "Nog niet geplaatst in ..." rely on from {@link nl.meldtafel.groups.PasteChecklist}. */
class PasteChecklistContractTest extends ServiceContract {

    private Actor jan;
    private long west;
    private long noord;
    private long merenwijk;
    private long unchosen;

    @BeforeEach
    void groups() {
        jan = officer("Jan Jansen", "111111");
        west = register.addGroup(new GroupInput("Centrum West", "Centrum", "Leiden", true, ""), null);
        merenwijk = register.addGroup(new GroupInput("Merenwijk", "Merenwijk", "Leiden", true, ""), null);
        noord = register.addGroup(new GroupInput("Centrum Noord", "Centrum", "Leiden", true, ""), null);
        unchosen = register.addGroup(new GroupInput("Stevenshof", "Stevenshof", "Leiden", true, ""), null);
    }

    private long recorded(String text) {
        return alerts.recordPending(new NewAlert(MessageKind.WAARSCHUWING, "waarschuwing", "h", "{}", text, null,
                FollowUpPolicy.NONE, List.of(merenwijk, west, noord)), jan);
    }

    @Test
    void theListHoldsTheChosenGroupsInRegisterOrderAllOpen() {
        long id = recorded("*WAARSCHUWING*\nBabbeltrucs.");

        Checklist list = checklist.checklist(id);

        assertEquals(List.of("Centrum Noord", "Centrum West", "Merenwijk"), names(list.items().stream().map(Checklist.Item::group).toList()));
        assertEquals(3, list.open().size());
        assertEquals("Centrum Noord", list.next().orElseThrow().group().name());
        assertNull(list.items().get(0).at());
    }

    @Test
    void theFirstTickConfirmsTheAlertAndEachTickKeepsWhenAndWho() {
        long id = recorded("*WAARSCHUWING*\nBabbeltrucs.");
        clock.advance(Duration.ofMinutes(2));

        Checklist list = checklist.tick(id, west, jan);

        assertEquals(AlertStatus.SENT, alerts.find(id).orElseThrow().status());
        assertEquals(clock.instant(), alerts.find(id).orElseThrow().sentAt());
        Checklist.Item ticked = list.items().get(1);
        assertEquals(Checklist.State.POSTED, ticked.state());
        assertEquals(clock.instant(), ticked.at());
        assertEquals("Jan Jansen", ticked.officerName());
        assertEquals(checklist.checklist(id), list, "the list a tick returns is the one the log holds");
        clock.advance(Duration.ofMinutes(1));
        assertEquals(list, checklist.tick(id, west, jan), "ticking a posted group again changes nothing");
    }

    @Test
    void aGroupIsSkippedOnlyWithAReasonAfterTheFirstTickAndOnlyOnce() {
        long id = recorded("*WAARSCHUWING*\nBabbeltrucs.");
        assertThrows(IllegalStateException.class, () -> checklist.dismiss(id, noord, "Groep bestaat niet meer", jan),
                "before any tick nothing was posted");
        checklist.tick(id, west, jan);

        assertThrows(IllegalArgumentException.class, () -> checklist.dismiss(id, noord, " ", jan));
        Checklist list = checklist.dismiss(id, noord, "  Groep bestaat niet meer ", jan);

        assertEquals(Checklist.State.DISMISSED, list.items().get(0).state());
        assertEquals("Groep bestaat niet meer", list.items().get(0).reason());
        assertEquals(checklist.checklist(id), list, "the list a dismissal returns is the one the log holds");
        assertThrows(IllegalStateException.class, () -> checklist.dismiss(id, noord, "nog eens", jan));
        assertThrows(IllegalStateException.class, () -> checklist.dismiss(id, west, "al geplaatst", jan));
        assertThrows(IllegalStateException.class, () -> checklist.tick(id, noord, jan), "a skipped group is not ticked");
        assertThrows(IllegalArgumentException.class, () -> checklist.tick(id, unchosen, jan));
        assertThrows(IllegalArgumentException.class, () -> checklist.tick(id + 1000, west, jan));
    }

    @Test
    void notYetPostedListsTheOpenGroupsOfSentAlertsOldestFirst() {
        long unsent = recorded("*WAARSCHUWING*\nNog niet geplakt.");
        long first = recorded("*WAARSCHUWING*\nBabbeltrucs.");
        checklist.tick(first, west, jan);
        clock.advance(Duration.ofMinutes(5));
        long second = recorded("*WAARSCHUWING*\nNepagenten.");
        checklist.tick(second, merenwijk, jan);
        checklist.dismiss(second, noord, "Groep bestaat niet meer", jan);

        List<NotYetPosted> waiting = checklist.notYetPosted();

        assertEquals(List.of(first, second), waiting.stream().map(NotYetPosted::alertId).toList());
        assertEquals(List.of("Centrum Noord", "Merenwijk"), names(waiting.get(0).groups()));
        assertEquals(List.of("Centrum West"), names(waiting.get(1).groups()));
        assertEquals("Nepagenten.", waiting.get(1).summary());
        assertEquals(START.plus(Duration.ofMinutes(5)), waiting.get(1).sentAt());
        assertEquals(MessageKind.WAARSCHUWING, waiting.get(1).kind());
        assertEquals(AlertStatus.PENDING, alerts.find(unsent).orElseThrow().status());
    }

    private static List<String> names(List<GroupRef> groups) {
        return groups.stream().map(GroupRef::name).toList();
    }
}

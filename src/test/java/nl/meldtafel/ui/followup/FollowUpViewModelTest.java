package nl.meldtafel.ui.followup;

import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FollowUpViewModelTest {

    private static final FollowUpPolicy HETERDAAD = new FollowUpPolicy(true, Duration.ofMinutes(60), null);
    private static final FollowUpPolicy VERMISSING = new FollowUpPolicy(true, Duration.ofHours(2), Duration.ofHours(2));

    private final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 32)
            .atZone(MutableClock.AMSTERDAM).toInstant());
    private final SimpleObjectProperty<Officer> officer = new SimpleObjectProperty<>();
    private FakeServices services;
    private Actor jan;
    private FollowUpViewModel model;

    @BeforeEach
    void open() {
        services = new FakeServices(clock);
        jan = new Actor(services.officers.register("Jan Jansen", "111111"), "test");
        officer.set(jan.officer());
        model = new FollowUpViewModel(TaskRunner.sameThread(), services.alerts, services.checklist, clock, officer);
    }

    private long sent(MessageKind kind, String values, String text, FollowUpPolicy policy) {
        long id = pending(kind, values, text, policy);
        services.alerts.confirmSent(id, jan);
        return id;
    }

    private long pending(MessageKind kind, String values, String text, FollowUpPolicy policy) {
        return services.alerts.recordPending(new NewAlert(kind, kind.jsonName(), "h", values, text, null, policy,
                List.of()), jan);
    }

    private long heterdaad(String text) {
        return sent(MessageKind.HETERDAAD, "{\"delict\":\"Woninginbraak\",\"locatie\":\"Dorpsstraat\"}",
                "*Dit is een politiebericht – HETERDAAD*\n" + text, HETERDAAD);
    }

    @Test
    void closingAnAlertAColleagueClosedMeanwhileSaysWhoWhenAndHowAndChangesNothing() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        model.refresh();
        FollowUpItem seen = model.open().get(0);
        // another desk closes it while this one still shows it
        Actor piet = new Actor(services.officers.register("Piet de Boer", "222222"), "balie2");
        clock.advance(Duration.ofMinutes(3));
        services.alerts.closeWithReason(id, CloseCategory.LOOS_ALARM, "vals alarm", piet);

        model.close(seen, CloseCategory.ANDERS, "dubbel gemeld");

        assertEquals("Dit bericht is al gesloten door Piet de Boer (14.35, zonder afloopbericht, met een reden). "
                + "Hier is niets veranderd.", model.errorProperty().get());
        assertEquals("vals alarm", services.alerts.find(id).orElseThrow().closure().reason());
        assertEquals(List.of(), model.open(), "the list shows what the log now says");

        model.snooze(seen);
        assertTrue(model.errorProperty().get().startsWith("Dit bericht is al gesloten door Piet de Boer"));
    }

    @Test
    void overdueComeFirstAndAreMarkedInWords() {
        long first = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        clock.advance(Duration.ofMinutes(10));
        long missing = sent(MessageKind.VERMISSING, "{\"geslacht\":\"man\",\"leeftijd\":\"84\"}",
                "*VERMISSING*\nDe politie zoekt een vermiste man van 84.", VERMISSING);
        clock.advance(Duration.ofMinutes(20));
        long later = heterdaad("Overval om 15.00 uur: Kerkplein.");
        clock.advance(Duration.ofMinutes(35)); // 15.37: the first is due since 15.32

        model.refresh();

        assertEquals(List.of(first, later, missing), model.open().stream().map(FollowUpItem::id).toList());
        FollowUpItem overdue = model.open().get(0);
        assertTrue(overdue.overdue());
        assertEquals("Heterdaad", overdue.kindText());
        assertEquals("Woninginbraak om 14.30 uur: Dorpsstraat.", overdue.row().summary());
        assertEquals("Verstuurd om 14.32", overdue.whenText());
        assertEquals("te laat sinds 15.32", overdue.dueText());
        assertEquals("afloopbericht verwacht om 16.02", model.open().get(1).dueText());
        assertFalse(model.open().get(1).overdue());
        assertEquals("3 open, 1 te laat", model.badgeProperty().get());
    }

    @Test
    void anotherDesksAlertOrTickReadsTheListsAgainButAResponseDoesNot() {
        model.refresh();
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat."); // recorded at another desk

        model.othersChanged(Set.of(new LogChange(LogChange.Kind.RESPONSE, id)));
        assertEquals(List.of(), model.open());

        model.othersChanged(Set.of(new LogChange(LogChange.Kind.RESPONSE, id), new LogChange(LogChange.Kind.ALERT, id)));
        assertEquals(List.of(id), model.open().stream().map(FollowUpItem::id).toList());
        assertEquals("1", model.badgeProperty().get());
    }

    @Test
    void unconfirmedAreListedApartAndNotCounted() {
        pending(MessageKind.HETERDAAD, "{}", "*HETERDAAD*\nStraatroof om 14.30 uur: Markt.", HETERDAAD);

        model.refresh();

        assertEquals(List.of(), model.open());
        assertEquals(1, model.unconfirmed().size());
        assertEquals("gekopieerd om 14.32", model.unconfirmed().get(0).whenText());
        assertEquals("0", model.badgeProperty().get());
    }

    @Test
    void closingNeedsACategoryAndAReasonAndRecordsBoth() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        model.refresh();
        FollowUpItem item = model.open().get(0);

        assertEquals("Geef een reden op.", FollowUpViewModel.closeReasonProblem("  "));
        assertEquals("De reden is te kort (minstens 5 tekens).", FollowUpViewModel.closeReasonProblem("ok"));
        assertEquals("De reden is te lang (hoogstens 300 tekens).", FollowUpViewModel.closeReasonProblem("x".repeat(301)));
        assertNull(FollowUpViewModel.closeReasonProblem("dubbel verstuurd"));

        assertEquals("Kies een categorie.", FollowUpViewModel.closeProblem(null, "dubbel verstuurd"));
        assertEquals("Geef een reden op.", FollowUpViewModel.closeProblem(CloseCategory.DUBBEL, " "));
        assertNull(FollowUpViewModel.closeProblem(CloseCategory.DUBBEL, "dubbel verstuurd"));

        model.close(item, CloseCategory.DUBBEL, " ");
        assertEquals(AlertStatus.SENT, services.alerts.find(id).orElseThrow().status());
        model.close(item, null, " dubbel verstuurd ");
        assertEquals(AlertStatus.SENT, services.alerts.find(id).orElseThrow().status(), "no category, not closed");

        model.close(item, CloseCategory.DUBBEL, " dubbel verstuurd ");
        Alert closed = services.alerts.find(id).orElseThrow();
        assertEquals(AlertStatus.CLOSED, closed.status());
        assertEquals("dubbel verstuurd", closed.closure().reason());
        assertEquals(CloseCategory.DUBBEL, closed.closure().category());
        assertEquals(jan.officer().id(), closed.closure().officerId());
        assertEquals(List.of(), model.open(), "the list was refreshed");
    }

    @Test
    void withoutAnOfficerNothingIsClosed() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        model.refresh();
        officer.set(null);

        model.close(model.open().get(0), CloseCategory.DUBBEL, "dubbel verstuurd");

        assertEquals(AlertStatus.SENT, services.alerts.find(id).orElseThrow().status());
        assertTrue(model.errorProperty().get().startsWith("Sluiten mislukt: er is geen agent gekozen"));
    }

    @Test
    void afloopOpensWithTheReferentieBuiltFromTheAlert() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        List<String> opened = new ArrayList<>();
        model.setOpener(new FollowUpOpener() {
            @Override
            public boolean update(Alert original, String description) {
                opened.add("update " + original.id() + ": " + description);
                return true;
            }

            @Override
            public boolean afloop(Alert original, String referentie) {
                opened.add("afloop " + original.id() + ": " + referentie);
                return true;
            }
        });
        model.refresh();

        model.writeAfloop(model.open().get(0));
        model.writeUpdate(model.open().get(0));

        assertEquals(List.of("afloop " + id + ": woninginbraak, Dorpsstraat (14.32 uur)",
                "update " + id + ": woninginbraak, Dorpsstraat (14.32 uur)"), opened);
    }

    @Test
    void aDuePromptFiresOncePerDueTimeAndComesBackAfterLater() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        List<Long> fired = new ArrayList<>();
        model.prompts().addListener((ListChangeListener<FollowUpItem>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(item -> fired.add(item.id()));
            }
        });

        clock.advance(Duration.ofMinutes(59));
        model.refresh();
        assertEquals(List.of(), fired, "not due yet");

        clock.advance(Duration.ofMinutes(1));
        model.refresh();
        clock.advance(Duration.ofMinutes(1));
        model.refresh();
        assertEquals(List.of(id), fired, "once, although it stays overdue");

        model.snooze(model.prompts().get(0));
        Alert snoozed = services.alerts.find(id).orElseThrow();
        assertNotNull(snoozed.snooze(), "later is recorded");
        assertEquals(jan.officer().id(), snoozed.snooze().officerId());
        assertEquals(List.of(), model.prompts());

        clock.advance(Duration.ofMinutes(14));
        model.refresh();
        assertEquals(List.of(id), fired);
        clock.advance(Duration.ofMinutes(1));
        model.refresh();
        assertEquals(List.of(id, id), fired, "due again after 15 minutes");
    }

    @Test
    void laterOnAReminderAnotherDeskPutOffMeanwhileSaysWhoAndUntilWhenAndChangesNothing() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        clock.advance(Duration.ofMinutes(61));
        model.refresh();
        FollowUpItem seen = model.prompts().get(0);
        Actor piet = new Actor(services.officers.register("Piet de Boer", "222222"), "andere-balie");
        Alert putOff = services.alerts.snooze(id, seen.row().dueAt(), piet); // the other desk, a moment earlier

        model.snooze(seen);

        assertEquals("Piet de Boer heeft dit bericht om 15.33 al uitgesteld, tot 15.48. Hier is niets veranderd.",
                model.errorProperty().get());
        assertEquals(putOff.dueAt(), services.alerts.find(id).orElseThrow().dueAt());
    }

    @Test
    void aClosedAlertTakesItsPromptAway() {
        long id = heterdaad("Woninginbraak om 14.30 uur: Dorpsstraat.");
        clock.advance(Duration.ofMinutes(61));
        model.refresh();
        assertEquals(1, model.prompts().size());

        services.alerts.closeWithReason(id, CloseCategory.ANDERS, "elders afgehandeld", jan);
        model.refresh();

        assertEquals(List.of(), model.prompts());
    }

    @Test
    void firstLoadIsReportedOnce() {
        List<String> calls = new ArrayList<>();
        model.setOnFirstLoad(() -> calls.add("first"));
        model.refresh();
        model.refresh();
        assertEquals(List.of("first"), calls);
    }

    @Test
    void groupsNotYetPostedInAreListedUntilTickedOrSkippedWithAReason() {
        long noord = services.register.addGroup(new nl.meldtafel.groups.GroupInput("Centrum Noord", "Centrum", "Leiden", true, ""), null);
        long west = services.register.addGroup(new nl.meldtafel.groups.GroupInput("Centrum West", "Centrum", "Leiden", true, ""), null);
        long elders = services.register.addGroup(new nl.meldtafel.groups.GroupInput("Merenwijk", "Merenwijk", "Leiden", true, ""), null);
        long id = services.alerts.recordPending(new NewAlert(MessageKind.WAARSCHUWING, "waarschuwing", "h", "{}",
                "*WAARSCHUWING*\nBabbeltrucs in de wijk.", null, FollowUpPolicy.NONE, List.of(noord, west, elders)), jan);
        services.checklist.tick(id, noord, jan);

        model.refresh();
        assertEquals(List.of("Centrum West", "Merenwijk"), model.notPosted().stream().map(NotPostedItem::groupName).toList());
        assertTrue(model.notPosted().get(0).alertText().startsWith("Waarschuwing, verstuurd om 14.32: "),
                model.notPosted().get(0).alertText());

        clock.advance(Duration.ofMinutes(3));
        model.posted(model.notPosted().get(0));
        assertEquals(List.of("Merenwijk"), model.notPosted().stream().map(NotPostedItem::groupName).toList());
        model.skip(model.notPosted().get(0), "kort");
        assertEquals(1, model.notPosted().size(), "a reason of a few letters is not enough");
        model.skip(model.notPosted().get(0), "Groep bestaat niet meer");
        assertTrue(model.notPosted().isEmpty());

        List<nl.meldtafel.groups.Checklist.Item> items = services.checklist.checklist(id).items();
        assertEquals(clock.instant(), items.get(1).at());
        assertEquals("Jan Jansen", items.get(1).officerName());
        assertEquals("Groep bestaat niet meer", items.get(2).reason());
    }
}

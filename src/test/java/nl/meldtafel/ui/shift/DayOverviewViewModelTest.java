package nl.meldtafel.ui.shift;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.meldtafel.account.Account;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.shift.ShiftSummary;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;

/** Who gets a Dagoverzicht, how much of each list it shows, and what it says when the log cannot be read. */
class DayOverviewViewModelTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T06:00:00Z"));
    private final List<List<String>> asked = new ArrayList<>();

    private static Account account(Set<Role> roles, List<String> wijken) {
        return new Account(new Officer(7, "W. Wijk", "100500"), roles, wijken, true);
    }

    private static AlertRow row(long id, Instant at, Instant due) {
        return new AlertRow(id, at, at, MessageKind.HETERDAAD, "Inbraak " + id, "K. de Boer", AlertStatus.SENT, due, null, null);
    }

    @Test
    void onlyAWijkagentWithWijkenGetsOneAndEachPartShowsFiveLinesAndTheRestCounted() {
        List<AlertRow> open = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            open.add(row(i, clock.instant().minus(Duration.ofHours(i)), clock.instant().minus(Duration.ofMinutes(30))));
        }
        DayOverviewViewModel model = new DayOverviewViewModel(TaskRunner.sameThread(), (wijken, since) -> {
            asked.add(wijken);
            return new ShiftSummary(wijken, since, false, open, 7, List.of(), List.of());
        }, clock);

        model.shiftStarted(account(Set.of(Role.OPCO), List.of("Centrum")), null);
        model.shiftStarted(account(Set.of(Role.WIJKAGENT), List.of()), null);
        assertNull(model.shownProperty().get());
        assertTrue(asked.isEmpty(), "nothing read for an OpCo or a wijkagent without wijken");

        model.shiftStarted(account(Set.of(Role.WIJKAGENT), List.of("Centrum", "Oost")), clock.instant().minus(Duration.ofHours(16)));
        DayOverviewViewModel.Shown shown = model.shownProperty().get();
        assertEquals("Dagoverzicht \u00b7 Centrum, Oost", shown.title());
        assertEquals("Sinds uw vorige dienst (aangemeld 3-12 15.00).", shown.since());
        DayOverviewViewModel.Part openPart = shown.parts().get(0);
        assertEquals("7 meldingen open in uw wijken, waarvan 7 te laat", openPart.heading());
        assertEquals(5, openPart.lines().size());
        assertEquals("06.00  Heterdaad \u00b7 Inbraak 1 \u00b7 te laat", openPart.lines().get(0));
        assertEquals("en nog 2 \u2013 zie Opvolging en het Logboek", openPart.more());
        assertEquals("Niets verstuurd naar uw wijken sinds uw vorige dienst", shown.parts().get(1).heading());

        model.dismiss();
        assertNull(model.shownProperty().get());
    }

    @Test
    void aLogThatCannotBeReadIsSaidInTheOverviewItself() {
        DayOverviewViewModel model = new DayOverviewViewModel(TaskRunner.sameThread(), (wijken, since) -> {
            throw new nl.meldtafel.store.StorageUnavailableException();
        }, clock);
        model.shiftStarted(account(Set.of(Role.WIJKAGENT), List.of("Centrum")), null);
        assertTrue(model.shownProperty().get().since().startsWith("Het dagoverzicht kon niet gelezen worden: "),
                model.shownProperty().get().since());
        assertTrue(model.shownProperty().get().parts().isEmpty());
    }
}

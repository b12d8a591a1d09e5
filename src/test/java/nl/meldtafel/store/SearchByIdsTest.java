package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Logboek shows exactly the alerts behind a figure of the Overzicht. */
class SearchByIdsTest extends StorageContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));
    private Storage storage;
    private final List<Long> ids = new ArrayList<>();

    @BeforeEach
    void open() {
        storage = open(clock);
        Actor jan = Fixtures.officer(storage, "J. de Vries", "123456");
        Fixtures.addGroups(storage, "Leiden-Zuid");
        for (int i = 0; i < 8; i++) {
            long id = storage.alertService().recordPending(Fixtures.heterdaad("Inbraak " + i + " Dorpsstraat", 1L), jan);
            storage.alertService().confirmSent(id, jan);
            ids.add(id);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @AfterEach
    void close() {
        storage.close();
    }

    @Test
    void onlyTheGivenAlertsNewestFirstAndPaged() {
        AlertQuery q = AlertQuery.all().ids(Set.of(ids.get(1), ids.get(4), ids.get(6))).limit(2);

        Page<AlertRow> first = storage.alerts().search(q);
        Page<AlertRow> second = storage.alerts().search(q.after(first.next().orElseThrow()));

        assertEquals(List.of(ids.get(6), ids.get(4)), first.items().stream().map(AlertRow::id).toList());
        assertEquals(List.of(ids.get(1)), second.items().stream().map(AlertRow::id).toList());
    }

    @Test
    void idsCombineWithTextAndGroupSearches() {
        AlertQuery q = AlertQuery.all().ids(Set.of(ids.get(2), ids.get(3))).text("inbraak");

        assertEquals(List.of(ids.get(3), ids.get(2)), storage.alerts().search(q).items().stream().map(AlertRow::id).toList());
        assertEquals(List.of(ids.get(3), ids.get(2)),
                storage.alerts().search(q.text(null).group(1L)).items().stream().map(AlertRow::id).toList());
    }

    @Test
    void anEmptySetFindsNothing() {
        assertEquals(List.of(), storage.alerts().search(AlertQuery.all().ids(Set.of())).items());
    }
}

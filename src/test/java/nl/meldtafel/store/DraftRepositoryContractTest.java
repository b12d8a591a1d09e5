package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Draft;
import org.junit.jupiter.api.Test;

class DraftRepositoryContractTest extends BackendContract {

    /** AlertLifeTest checks it through the services on SQLite; this is the repository on both. */
    @Test
    void draftIsRestoredPerOfficerAndCanBeDeleted() {
        Actor jan = officer("J. de Vries", "123456");
        Actor piet = officer("P. Jansen", "654321");
        backend.drafts().save(new Draft(jan.officer().id(), "heterdaad", "{\"locatie\":\"Dorpsstraat\"}", START));
        backend.drafts().save(new Draft(jan.officer().id(), "heterdaad", "{\"locatie\":\"Kerkstraat\"}", START.plusSeconds(5)));
        reopen();

        Draft restored = backend.drafts().find(jan.officer().id(), "heterdaad").orElseThrow();
        assertEquals("{\"locatie\":\"Kerkstraat\"}", restored.valuesJson());
        assertEquals(START.plusSeconds(5), restored.savedAt());
        assertTrue(backend.drafts().find(piet.officer().id(), "heterdaad").isEmpty());

        backend.drafts().delete(jan.officer().id(), "heterdaad");
        assertFalse(backend.drafts().find(jan.officer().id(), "heterdaad").isPresent());
    }

    @Test
    void anOfficersDraftsAreListedNewestFirst() {
        long jan = officer("J. de Vries", "123456").officer().id();
        backend.drafts().save(new Draft(jan, "heterdaad", "{}", START));
        backend.drafts().save(new Draft(jan, "vermissing", "{}", START.plusSeconds(60)));
        backend.drafts().save(new Draft(jan, "getuigen", "{}", START.plusSeconds(30)));

        assertEquals(List.of("vermissing", "getuigen", "heterdaad"),
                backend.drafts().forOfficer(jan).stream().map(Draft::templateId).toList());
    }

    @Test
    void aDraftWithoutTemplateOrWithBrokenTextIsRefused() {
        long jan = officer("J. de Vries", "123456").officer().id();

        assertThrows(IllegalArgumentException.class, () -> backend.drafts().save(new Draft(jan, " ", "{}", START)));
        assertThrows(IllegalArgumentException.class, () -> backend.drafts().save(new Draft(jan, "heterdaad", "{\"x\":\"\uD83D\"}", START)));
        assertTrue(backend.drafts().forOfficer(jan).isEmpty());
    }
}

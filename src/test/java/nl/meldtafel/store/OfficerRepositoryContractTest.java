package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.retention.RetentionService;
import org.junit.jupiter.api.Test;

class OfficerRepositoryContractTest extends BackendContract {

    /** AlertLifeTest checks it through the services on SQLite; this is the repository on both. */
    @Test
    void registeringAKnownPersonnelNumberRenamesTheSameOfficer() {
        long id = officer("J. de Vries", "123456").officer().id();

        assertEquals(id, backend.officers().register("Jan de Vries", "123456").id());
        assertEquals("Jan de Vries", backend.officers().find(id).orElseThrow().name());
    }

    @Test
    void officersAreFoundByIdAndByTheirNumberWithoutSurroundingSpaces() {
        Officer jan = backend.officers().register("  J. de Vries ", " 123456 ");
        reopen();

        assertEquals(new Officer(jan.id(), "J. de Vries", "123456"), backend.officers().find(jan.id()).orElseThrow());
        assertEquals(jan, backend.officers().findByPersonnelNumber(" 123456").orElseThrow());
        assertTrue(backend.officers().find(jan.id() + 1).isEmpty());
        assertTrue(backend.officers().findByPersonnelNumber("999").isEmpty());
    }

    @Test
    void theListIsByNameAndLeavesOutTheRetentionRow() {
        backend.officers().register("P. Jansen", "2");
        backend.officers().register("Bewaartermijn", RetentionService.SYSTEM_PERSONNEL_NUMBER);
        backend.officers().register("A. Bakker", "3");

        assertEquals(List.of("A. Bakker", "P. Jansen"), backend.officers().all().stream().map(Officer::name).toList());
    }

    @Test
    void anOfficerNeedsANameAndANumber() {
        assertThrows(IllegalArgumentException.class, () -> backend.officers().register(" ", "1"));
        assertThrows(IllegalArgumentException.class, () -> backend.officers().register("Jan", ""));
        assertTrue(backend.officers().all().isEmpty());
    }
}

package nl.meldtafel.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.retention.RetentionService;
import org.junit.jupiter.api.Test;

/** What the officer question and the Logboek's officer filter rely on from {@link nl.meldtafel.alert.OfficerService}. */
class OfficerServiceContractTest extends ServiceContract {

    @Test
    void aRegisteredOfficerIsFoundByIdAndNumber() {
        Officer jan = officers.register("  J. de Vries ", " 123456 ");

        assertEquals(new Officer(jan.id(), "J. de Vries", "123456"), jan);
        assertEquals(Optional.of(jan), officers.find(jan.id()));
        assertEquals(Optional.of(jan), officers.findByPersonnelNumber("123456"));
        assertEquals(Optional.empty(), officers.findByPersonnelNumber("999999"));
        assertEquals(Optional.empty(), officers.find(jan.id() + 1000));
    }

    @Test
    void theSameNumberAgainRenamesTheOfficerItIsNoNewOne() {
        Officer before = officers.register("J. de Vries", "123456");

        Officer after = officers.register("J. de Vries-Bakker", "123456");

        assertEquals(before.id(), after.id());
        assertEquals("J. de Vries-Bakker", officers.find(before.id()).orElseThrow().name());
        assertEquals(List.of(after), officers.all());
    }

    @Test
    void allListsTheOfficersByNameWithoutTheRetentionRow() {
        Officer piet = officers.register("Piet Zwart", "222222");
        Officer anna = officers.register("Anna Bakker", "111111");
        officers.register(RetentionService.SYSTEM_NAME, RetentionService.SYSTEM_PERSONNEL_NUMBER);

        assertEquals(List.of(anna, piet), officers.all());
    }

    @Test
    void aNameAndANumberAreRequired() {
        assertThrows(IllegalArgumentException.class, () -> officers.register(" ", "123456"));
        assertThrows(IllegalArgumentException.class, () -> officers.register("J. de Vries", ""));
        assertEquals(List.of(), officers.all());
    }
}

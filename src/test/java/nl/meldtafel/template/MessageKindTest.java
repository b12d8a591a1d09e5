package nl.meldtafel.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import nl.meldtafel.alert.AlertStatus;
import org.junit.jupiter.api.Test;

/** Every screen, export and report names kinds and states the same way. */
class MessageKindTest {

    @Test
    void everyKindHasItsOwnDutchName() {
        assertEquals("Heterdaad, Vermissing, Afloopbericht, Getuigenoproep, Waarschuwing, Weekoverzicht",
                Arrays.stream(MessageKind.values()).map(MessageKind::label).collect(Collectors.joining(", ")));
    }

    @Test
    void everyStatusHasItsOwnDutchName() {
        assertEquals(AlertStatus.values().length,
                Arrays.stream(AlertStatus.values()).map(AlertStatus::label).filter(s -> !s.isBlank()).distinct().count());
    }
}

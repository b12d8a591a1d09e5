package nl.meldtafel.app;

import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.template.TemplateSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17 §9: a desk PC set to UTC still writes Dutch time. */
class DeskZoneTest {

    private TimeZone before;

    @BeforeEach
    void jvmInUtc() {
        before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
    }

    @AfterEach
    void restore() {
        TimeZone.setDefault(before);
    }

    @Test
    void theDeskClockIsDutchTimeWhateverTheJvmSays() {
        assertEquals(ZoneId.of("Europe/Amsterdam"), DeskZone.clock(Map.of()).getZone());
        assertEquals(ZoneId.of("Europe/Lisbon"), DeskZone.of(Map.of(DeskZone.ENV, "Europe/Lisbon")));
        assertEquals(ZoneId.of("Europe/Amsterdam"), DeskZone.of(Map.of(DeskZone.ENV, "Mars/Olympus")));
    }

    @Test
    void aHeterdaadAt1340UtcInNovemberSays1440() {
        Instant at = Instant.parse("2026-11-23T13:40:00Z");
        Clock desk = Clock.fixed(at, DeskZone.of(Map.of()));
        var template = TemplateSource.fromDirectory(Path.of("templates")).find("heterdaad").orElseThrow();

        String text = new MessageRenderer(desk).render(template,
                FieldValues.fromJson("{\"delict\": \"Overval\", \"locatie\": \"Kerkplein\"}")).finalText().orElseThrow();

        assertTrue(text.contains("*Overval – Kerkplein (14.40 uur)*"), text);
    }
}

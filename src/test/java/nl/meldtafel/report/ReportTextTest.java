package nl.meldtafel.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import nl.meldtafel.stats.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ReportTextTest {

    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    @ParameterizedTest(name = "{0} - {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "2026-11-16 | 2026-11-22 | week 47, 16 t/m 22 november 2026",
            "2026-11-01 | 2026-11-30 | 1 t/m 30 november 2026",
            "2026-10-28 | 2026-11-03 | 28 oktober t/m 3 november 2026",
            "2026-12-28 | 2027-01-03 | week 53, 28 december 2026 t/m 3 januari 2027",
            "2026-11-17 | 2026-11-23 | 17 t/m 23 november 2026",
            "2026-11-16 | 2026-11-16 | 16 november 2026"})
    void periodsReadAsDutchDates(LocalDate first, LocalDate last, String expected) {
        assertEquals(expected, ReportText.period(new Period(first, last, AMS)));
    }

    @ParameterizedTest(name = "{0} min: {1}")
    @CsvSource(delimiter = '|', value = {"0 | 0 min", "42 | 42 min", "60 | 1 u", "125 | 2 u 5 min", "1439 | 23 u 59 min",
            "1440 | 1 d 0 u", "3125 | 2 d 4 u"})
    void durationsAsTheLogWritesThemAndDaysBeyond(long minutes, String expected) {
        assertEquals(expected, ReportText.duration(Optional.of(Duration.ofMinutes(minutes))));
    }

    @Test
    void noDurationIsADash() {
        assertEquals("—", ReportText.duration(Optional.empty()));
    }

    @Test
    void countsGroupThousandsTheDutchWay() {
        assertEquals("1.026", ReportText.count(1026));
        assertEquals("999", ReportText.count(999));
    }

    @Test
    void theMomentIsInTheDesksZone() {
        Period week = Period.weekOf(LocalDate.of(2026, 11, 16), AMS);
        assertEquals("23 november 2026 om 10.05 uur", ReportText.moment(Instant.parse("2026-11-23T09:05:00Z"), week));
    }
}

package nl.meldtafel.message;

import nl.meldtafel.template.DutchInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutchFormatTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"14.32, 14:32", "14:32, 14:32", "1432, 14:32", "14u32, 14:32", "'14.32 uur', 14:32", "9.05, 09:05",
            "'20 uur', 20:00", "00.00, 00:00"})
    void acceptsTheWaysOfficersWriteATime(String typed, String expected) {
        assertEquals(LocalTime.parse(expected), DutchInput.parseTime(typed).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.00", "12.60", "abc", "", "1", "123"})
    void rejectsWhatIsNoTime(String typed) {
        assertTrue(DutchInput.parseTime(typed).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"20:15, 20.15 uur", "09:05, 09.05 uur"})
    void writesTimesThePoliceWay(String time, String expected) {
        assertEquals(expected, DutchFormat.formatTime(LocalTime.parse(time)));
    }

    @ParameterizedTest
    @CsvSource({"2026-11-23, 2026-11-23", "23-11-2026, 2026-11-23", "23/11/26, 2026-11-23", "23-11, 2026-11-23",
            "1.2.2026, 2026-02-01"})
    void acceptsDutchAndIsoDates(String typed, String expected) {
        assertEquals(LocalDate.parse(expected), DutchInput.parseDate(typed, 2026).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2026", "gisteren", "2026-13-01"})
    void rejectsWhatIsNoDate(String typed) {
        assertTrue(DutchInput.parseDate(typed, 2026).isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"2026-11-23, maandag 23 november 2026"})
    void writesDatesInDutch(String date, String expected) {
        assertEquals(expected, DutchFormat.formatDate(LocalDate.parse(date)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "d123bc, D-123-BC",
            "d 123 bc, D-123-BC",
            "XX9999, XX-99-99",
            "9999xx, 99-99-XX",
            "99XX99, 99-XX-99",
            "xx99xx, XX-99-XX",
            "xxxx99, XX-XX-99",
            "99xxxx, 99-XX-XX",
            "99xxx9, 99-XXX-9",
            "9xxx99, 9-XXX-99",
            "xx999x, XX-999-X",
            "x999xx, X-999-XX",
            "xxx99x, XXX-99-X",
            "G-123-BC, G-123-BC",
            "'B 1234 XY', B 1234 XY",
            "ab-*12, AB-*12",
            "abc, ABC"})
    void licencePlatesAreUpperCasedWithDashesWhereTheDutchFormatIsRecognised(String typed, String expected) {
        assertEquals(expected, DutchFormat.normalisePlate(typed));
    }
}

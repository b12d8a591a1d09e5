package nl.meldtafel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AlertOutcomeTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Aangehouden | AANGEHOUDEN",
        "  aangehouden  | AANGEHOUDEN",
        "Persoon aangetroffen | PERSOON_AANGETROFFEN",
        "PERSOON   AANGETROFFEN | PERSOON_AANGETROFFEN",
        "Actie beëindigd zonder resultaat | ZONDER_RESULTAAT",
        "ACTIE BEËINDIGD ZONDER RESULTAAT | ZONDER_RESULTAAT",
        "Geen strafbaar feit | GEEN_STRAFBAAR_FEIT",
        "Anders | ANDERS",
        "Verdachte Jan Jansen gevlucht | ANDERS",
        "Aangehouden bij station | ANDERS"
    })
    void theTemplatesOptionsAreRecognisedAndAnythingTypedIsAnders(String uitkomst, AlertOutcome expected) {
        assertEquals(Optional.of(expected), AlertOutcome.normalize(uitkomst));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void noOutcomeWhenNothingWasGiven(String uitkomst) {
        assertEquals(Optional.empty(), AlertOutcome.normalize(uitkomst));
    }

    @Test
    void decomposedLettersCountAsTheOption() {
        // e + combining diaeresis, as some keyboards and pastes produce it
        assertEquals(Optional.of(AlertOutcome.ZONDER_RESULTAAT), AlertOutcome.normalize("Actie bee\u0308indigd zonder resultaat"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"uitkomst\":\"Persoon aangetroffen\",\"toelichting\":\"Truus is thuis\"} | PERSOON_AANGETROFFEN",
        "{\"uitkomst\":\"Truus de Boer thuis\"} | ANDERS"
    })
    void theOutcomeIsReadFromTheAfloopberichtsValues(String json, AlertOutcome expected) {
        assertEquals(Optional.of(expected), AlertOutcome.ofValues(json));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"{}", "{\"uitkomst\":\"\"}", "{\"uitkomst\":[{\"a\":\"b\"}]}", "not json"})
    void noOutcomeFromValuesWithoutOne(String json) {
        assertEquals(Optional.empty(), AlertOutcome.ofValues(json));
    }
}

package nl.meldtafel.message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing an officer types is interpreted: CVE-2022-42889 lookups and placeholder look-alikes stay literal. */
class SafeInsertionTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "${sys:user.home}",
            "${env:PATH}",
            "${file:UTF-8:/etc/hostname}",
            "${script:javascript:1+1}",
            "${locatie}",
            "${toelichting}",
            "${dns:address|example.org}",
            "${url:UTF-8:http://example.org/}",
            "$${locatie}",
            "${locatie:-x}",
            "${${locatie}}"})
    void injectionStringsComeOutExactlyAsTyped(String typed) {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.32", "locatie": "Kerkplein", "toelichting": "%s"}
                """.formatted(typed.replace("\\", "\\\\"))).finalText().orElseThrow();

        assertTrue(text.contains("\n" + typed + "\n"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${locatie}", "${sys:user.home}"})
    void aValueEqualToItsOwnPlaceholderDoesNotLoop(String typed) {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.32", "locatie": "%s"}
                """.formatted(typed)).finalText().orElseThrow();

        assertTrue(text.contains("*Overval – " + typed + " (14.32 uur)*"), text);
    }
}

package nl.meldtafel.message;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: template × gender × count, the words that must agree. */
class PersonWordingTableTest {

    @ParameterizedTest(name = "heterdaad, {1} × {0}")
    @CsvSource(delimiter = '|', value = {
            "1 | man    | Kijk uit naar een man:          | Ziet u de verdachte? Spreek hem niet aan",
            "1 | vrouw  | Kijk uit naar een vrouw:        | Ziet u de verdachte? Spreek haar niet aan",
            "1 | jongen | Kijk uit naar een jongen:       | Ziet u de verdachte? Spreek hem niet aan",
            "1 | meisje | Kijk uit naar een meisje:       | Ziet u de verdachte? Spreek haar niet aan",
            "1 | ''     | Kijk uit naar een verdachte:    | Ziet u de verdachte? Spreek deze persoon niet aan",
            "2 | man    | Kijk uit naar twee mannen:      | Ziet u de verdachten? Spreek hen niet aan",
            "2 | vrouw  | Kijk uit naar twee vrouwen:     | Ziet u de verdachten? Spreek hen niet aan",
            "2 | jongen | Kijk uit naar twee jongens:     | Ziet u de verdachten? Spreek hen niet aan",
            "2 | meisje | Kijk uit naar twee meisjes:     | Ziet u de verdachten? Spreek hen niet aan",
            "2 | ''     | Kijk uit naar twee verdachten:  | Ziet u de verdachten? Spreek hen niet aan",
            "3 | man    | Kijk uit naar drie mannen:      | Ziet u de verdachten? Spreek hen niet aan",
            "3 | meisje | Kijk uit naar drie meisjes:     | Ziet u de verdachten? Spreek hen niet aan"})
    void heterdaadSuspects(int count, String gender, String heading, String instruction) {
        String text = render("heterdaad", gender, count);

        assertTrue(text.contains("\n" + heading), text);
        assertTrue(text.contains(instruction), text);
        assertClean(text);
    }

    @ParameterizedTest(name = "getuigenoproep, {1} × {0}")
    @CsvSource(delimiter = '|', value = {
            "1 | man    | Signalement van een man:",
            "1 | meisje | Signalement van een meisje:",
            "2 | vrouw  | Signalement van twee vrouwen:",
            "3 | ''     | Signalement van drie verdachten:"})
    void getuigenoproepSuspects(int count, String gender, String heading) {
        String text = render("getuigenoproep", gender, count);

        assertTrue(text.contains("\n" + heading), text);
        assertClean(text);
    }

    @ParameterizedTest(name = "vermissing, {0}, {1}")
    @CsvSource(delimiter = '|', value = {
            "man    | ja, rustig aanspreken | *Vermiste man, 40 jaar  | Ziet u hem? Spreek hem rustig aan, blijf bij hem en bel direct 112.",
            "vrouw  | ja, rustig aanspreken | *Vermiste vrouw, 40 jaar | Ziet u haar? Spreek haar rustig aan, blijf bij haar en bel direct 112.",
            "jongen | nee, niet aanspreken  | *Vermiste jongen, 40 jaar | Ziet u hem? Spreek hem niet aan, houd hem in het oog en bel direct 112.",
            "meisje | nee, niet aanspreken  | *Vermist meisje, 40 jaar | Ziet u haar? Spreek haar niet aan, houd haar in het oog en bel direct 112.",
            "kind   | ja, rustig aanspreken | *Vermist kind, 40 jaar   | Ziet u deze persoon? Spreek deze persoon rustig aan",
            "Meisje | ja, rustig aanspreken | *Vermist meisje, 40 jaar | Ziet u haar?"})
    void vermissingPerson(String gender, String approach, String second, String instruction) {
        String text = Templates.render("vermissing", """
                {"geslacht": "%s", "leeftijd": "40", "laatst_gezien_plaats": "Markt", "aanspreken": "%s"}
                """.formatted(gender, approach)).finalText().orElseThrow();

        assertTrue(text.contains("\n" + second), text);
        assertTrue(text.contains(instruction), text);
        assertClean(text);
    }

    private static String render(String template, String gender, int count) {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(gender.isEmpty() ? "{\"kleding\": \"jas " + i + "\"}"
                    : "{\"geslacht\": \"" + gender + "\", \"kleding\": \"jas " + i + "\"}");
        }
        String json = """
                {"%s": "Overval", "%s": "Kerkplein", "verdachten": [%s]}
                """.formatted(template.equals("heterdaad") ? "delict" : "wat", "locatie", String.join(", ", entries));
        return Templates.render(template, json).finalText().orElseThrow();
    }

    private static void assertClean(String text) {
        for (String clumsy : List.of("hem of haar", "(n)", "ca. ca.", "jaar jaar", "een vermiste meisje", "een vermiste kind")) {
            assertFalse(text.contains(clumsy), clumsy + " in\n" + text);
        }
    }
}

package nl.meldtafel.template;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template options of issue 17 are read, and a mistake in them names the file's problem. */
class WordingOptionsParserTest {

    private static final String PERSON = """
            {"id": "t", "title": "T", "kind": "vermissing",
             "fields": [
               {"key": "geslacht", "label": "Geslacht", "type": "choice", "freeEntry": true, "options": ["man", "vrouw"]},
               {"key": "leeftijd", "label": "Leeftijd", "type": "measure", "suffix": " jaar"},
               {"key": "dag", "label": "Dag", "type": "day"},
               {"key": "aanspreken", "label": "Aanspreken", "type": "choice", "required": true, "options": ["ja", "nee"],
                "optionTexts": {"ja": "Spreek ${geslacht:hem} aan.", "nee": "Spreek ${geslacht:hem} niet aan."}}],
             "body": ["*${geslacht:Vermiste}, ${leeftijd}*", "${aanspreken}"]}
            """;

    private static TemplateDefinition parse(String json) throws TemplateFormatException {
        return new TemplateParser().parse("t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problemOf(String json) {
        return assertThrows(TemplateFormatException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsTheNewTypesAndOptionTexts() throws Exception {
        TemplateDefinition template = parse(PERSON);

        assertEquals(FieldType.MEASURE, template.field("leeftijd").orElseThrow().type());
        assertEquals(FieldType.DAY, template.field("dag").orElseThrow().type());
        assertEquals(Map.of("ja", "Spreek ${geslacht:hem} aan.", "nee", "Spreek ${geslacht:hem} niet aan."),
                template.field("aanspreken").orElseThrow().wording().optionTexts());
    }

    @Test
    void anUnknownDerivedWordIsAProblem() {
        assertEquals("plaatshouder ${geslacht:hum}: onbekend woord (mogelijk: hem, wie, de bij een groep, of een bijvoeglijk "
                + "naamwoord op -e)", problemOf(PERSON.replace("${geslacht:hem} aan.", "${geslacht:hum} aan.")));
    }

    @Test
    void aWordOfAnUnknownFieldIsAProblem() {
        assertTrue(problemOf(PERSON.replace("${geslacht:Vermiste}", "${sekse:Vermiste}")).contains("${sekse:Vermiste}"));
    }

    @Test
    void anOptionTextForAnOptionThatIsNotThereIsAProblem() {
        assertEquals("veld 'aanspreken': 'misschien' is geen van de opties",
                problemOf(PERSON.replace("\"nee\": \"Spreek", "\"misschien\": \"Spreek")));
    }

    @Test
    void optionsForMustListOptionsAndOptionsByMustNameAField() throws Exception {
        String afloop = """
                {"id": "a", "title": "A", "kind": "afloopbericht",
                 "fields": [
                   {"key": "over", "label": "Over", "type": "choice", "options": ["heterdaad", "vermissing"]},
                   {"key": "uitkomst", "label": "Uitkomst", "type": "choice", "required": true, "freeEntry": true,
                    "options": ["aangehouden", "terecht"], "optionsBy": "over",
                    "optionsFor": {"heterdaad": ["aangehouden"], "vermissing": ["terecht"]}}],
                 "body": ["${uitkomst}"]}
                """;

        assertEquals(Map.of("heterdaad", List.of("aangehouden"), "vermissing", List.of("terecht")),
                parse(afloop).field("uitkomst").orElseThrow().wording().optionsFor());
        assertEquals("veld 'uitkomst': 'gevonden' is geen van de opties", problemOf(afloop.replace("[\"terecht\"]}", "[\"gevonden\"]}")));
        assertTrue(problemOf(afloop.replace("\"optionsBy\": \"over\"", "\"optionsBy\": \"soort\"")).contains("'soort'"));
    }

    @Test
    void aPersonEntryNeedsItsPersonField() {
        String group = """
                {"id": "g", "title": "G", "kind": "heterdaad",
                 "fields": [{"key": "verdachten", "label": "Verdachte", "type": "group",
                   "fields": [{"key": "geslacht", "label": "Geslacht", "type": "text"}],
                   "entry": {"headingOne": "Kijk uit naar ${wie}:", "headingMany": "Kijk uit naar ${wie}:", "person": "sekse",
                             "parts": ["${geslacht}"]}}],
                 "body": ["${verdachten}"]}
                """;

        assertTrue(problemOf(group).contains("sekse"), problemOf(group));
    }
}

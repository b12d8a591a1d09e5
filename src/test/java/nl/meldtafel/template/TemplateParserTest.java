package nl.meldtafel.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateParserTest {

    private static final String GOOD = """
            {"id": "test", "title": "Test", "kind": "heterdaad",
             "followUp": {"required": true, "due": "PT45M"},
             "fields": [
               {"key": "locatie", "label": "Locatie", "type": "text", "required": true},
               {"key": "tijd", "label": "Tijd", "type": "time", "default": "now"}],
             "body": ["Om ${tijd}: ${locatie}."]}
            """;

    private static TemplateDefinition parse(String json) throws TemplateFormatException {
        return new TemplateParser().parse("test.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problemOf(String json) {
        return assertThrows(TemplateFormatException.class, () -> parse(json)).getMessage();
    }

    @Test
    void readsIdKindFollowUpFieldsAndBody() throws Exception {
        TemplateDefinition template = parse(GOOD);

        assertEquals("test", template.id());
        assertEquals(MessageKind.HETERDAAD, template.kind());
        assertEquals(new FollowUpPolicy(true, Duration.ofMinutes(45), null), template.followUp());
        assertEquals(FieldType.TIME, template.field("tijd").orElseThrow().type());
        assertEquals(64, template.contentHash().length());
    }

    @Test
    void contentHashChangesWithTheWording() throws Exception {
        assertTrue(!parse(GOOD).contentHash().equals(parse(GOOD.replace("Om ", "Rond ")).contentHash()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad JSON|{\"id\": \"test\",|ongeldige JSON op regel 1",
            "duplicate JSON key|{\"id\": \"a\", \"id\": \"b\"}|ongeldige JSON",
            "unknown kind|{\"id\": \"t\", \"title\": \"T\", \"kind\": \"brand\", \"fields\": [], \"body\": [\"x\"]}|onbekende soort 'brand'",
            "not an object|[1, 2]|geen JSON-object",
            "missing body|{\"id\": \"t\", \"title\": \"T\", \"kind\": \"waarschuwing\", \"fields\": []}|'body' ontbreekt",
            "bad duration|{\"id\": \"t\", \"title\": \"T\", \"kind\": \"heterdaad\", \"followUp\": {\"required\": true, \"due\": \"60 min\"}, \"fields\": [], \"body\": [\"x\"]}|geen ISO-8601-duur",
            "unknown attribute|{\"id\": \"t\", \"title\": \"T\", \"kind\": \"waarschuwing\", \"feilds\": [], \"body\": [\"x\"]}|onbekende eigenschap 'feilds'"})
    void brokenFilesAreRejectedWithAReadableReason(String name, String json, String expected) {
        String problem = problemOf(json);
        assertTrue(problem.contains(expected), problem);
    }

    @Test
    void unknownFieldTypeListsTheKnownOnes() {
        String problem = problemOf(GOOD.replace("\"type\": \"time\"", "\"type\": \"clock\""));
        assertEquals("veld 'tijd': onbekend type 'clock' (mogelijk: text, multiline, choice, time, date, number, "
                + "measure, day, licence_plate, yes_no, group)", problem);
    }

    @Test
    void placeholderWithoutAFieldIsNamed() {
        assertEquals("plaatshouder ${plaats} in de tekst heeft geen velddefinitie",
                problemOf(GOOD.replace("${locatie}.", "${locatie}, ${plaats}.")));
    }

    @Test
    void duplicateFieldKeyIsNamed() {
        assertEquals("veldsleutel 'locatie' komt twee keer voor",
                problemOf(GOOD.replace("\"key\": \"tijd\"", "\"key\": \"locatie\"")));
    }

    @Test
    void requiredFieldThatTheBodyNeverUsesIsAnError() {
        assertEquals("verplicht veld 'locatie' wordt nergens in de tekst gebruikt",
                problemOf(GOOD.replace("${locatie}", "de plek")));
    }

    @Test
    void unclosedPlaceholderIsAnError() {
        assertTrue(problemOf(GOOD.replace("${locatie}.", "${locatie}. ${tijd")).startsWith("onvolledige plaatshouder"));
    }

    @Test
    void groupPlaceholderMustStandAlone() {
        String json = """
                {"id": "t", "title": "T", "kind": "heterdaad", "fields": [
                  {"key": "verdachten", "label": "Verdachte", "type": "group",
                   "fields": [{"key": "kleding", "label": "Kleding", "type": "text"}],
                   "entry": {"parts": ["${kleding}"]}}],
                 "body": ["Gezocht: ${verdachten}"]}
                """;
        assertEquals("groep ${verdachten} moet alleen op een eigen regel staan", problemOf(json));
    }

    @Test
    void groupEntryMayOnlyUseItsOwnFields() {
        String json = """
                {"id": "t", "title": "T", "kind": "heterdaad", "fields": [
                  {"key": "verdachten", "label": "Verdachte", "type": "group",
                   "fields": [{"key": "kleding", "label": "Kleding", "type": "text"}],
                   "entry": {"parts": ["${kleding}", "${schoenen}"]}}],
                 "body": ["${verdachten}"]}
                """;
        assertEquals("groep 'verdachten': plaatshouder ${schoenen} is geen veld van de groep", problemOf(json));
    }

    @Test
    void requiresMustPointAtAYesNoField() {
        String json = GOOD.replace("\"required\": true}", "\"required\": true, \"requires\": \"tijd\"}");
        assertEquals("veld 'locatie': requires verwijst naar 'tijd', dat geen ja/nee-veld is", problemOf(json));
    }

    @Test
    void defaultThatDoesNotFitTheTypeIsAnError() {
        assertEquals("veld 'tijd': standaardwaarde 'straks' past niet bij het type",
                problemOf(GOOD.replace("\"default\": \"now\"", "\"default\": \"straks\"")));
    }

    @Test
    void escapedPlaceholderIsLiteralTemplateText() throws Exception {
        TemplateDefinition template = parse(GOOD.replace("Om ${tijd}", "Om ${tijd} $${niet}"));
        assertEquals("Om ${tijd} $${niet}: ${locatie}.", template.body().get(0).text());
    }
}

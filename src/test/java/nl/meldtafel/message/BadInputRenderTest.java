package nl.meldtafel.message;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BadInputRenderTest {

    private static RenderResult heterdaadWithLocation(String locatie) {
        var values = FieldValues.builder().text("delict", "Overval").text("tijd", "14.32").text("locatie", locatie).build();
        return new MessageRenderer(Templates.CLOCK).render(Templates.get("heterdaad"), values);
    }

    @Test
    void tenThousandCharacterValueIsAProblemWithItsLengthAndNothingIsThrown() {
        RenderResult result = heterdaadWithLocation("a".repeat(10_000));

        assertEquals(List.of("Locatie: te lang, maximaal 120 tekens (nu 10.000)"),
                result.problems().stream().map(Problem::message).toList());
    }

    @Test
    void aRefusedRequiredValueShowsInThePreviewWhereItGoesAsAnEmptyOneDoes() {
        MessageRenderer renderer = new MessageRenderer(Templates.CLOCK);
        RenderResult refused = renderer.render(Templates.get("vermissing"),
                FieldValues.builder().text("geslacht", "een heel lange ongeldige waarde voor geslacht").build());
        RenderResult empty = renderer.render(Templates.get("vermissing"), FieldValues.builder().build());

        String headline = "*Vermiste [Geslacht], [Leeftijd] – [Laatst gezien waar]*";
        assertTrue(empty.preview().contains(headline), empty.preview());
        assertTrue(refused.preview().contains(headline), refused.preview());
        assertEquals(List.of("Geslacht: te lang, maximaal 30 tekens (nu 45)"), refused.problems().stream()
                .filter(p -> p.fieldKey().equals("geslacht")).map(Problem::message).toList(), "one problem, not also 'vul dit in'");
        assertTrue(heterdaadWithLocation("a".repeat(200)).preview().contains("*Overval – [Locatie] (14.32 uur)*"));
    }

    @Test
    void aLengthTypedInCentimetresIsWarnedAboutWithTheMetresItLikelyMeant() {
        MessageRenderer renderer = new MessageRenderer(Templates.CLOCK);

        RenderResult centimetres = renderer.render(Templates.get("vermissing"), FieldValues.builder().text("lengte", "184").build());
        assertTrue(centimetres.warnings().contains("Lengte: 184 m is te lang voor een persoon; bedoelt u 1.84 m?"),
                centimetres.warnings().toString());
        for (String fits : List.of("1.84", "1,80-1,90", "ca. 1.70", "klein")) {
            RenderResult metres = renderer.render(Templates.get("vermissing"), FieldValues.builder().text("lengte", fits).build());
            assertTrue(metres.warnings().stream().noneMatch(w -> w.contains("voor een persoon")), fits + ": " + metres.warnings());
        }
        RenderResult age = renderer.render(Templates.get("vermissing"), FieldValues.builder().text("leeftijd", "84").build());
        assertTrue(age.warnings().stream().noneMatch(w -> w.contains("voor een persoon")), "an age is no length");
    }

    @Test
    void emojiAndNonLatinTextArriveUnchanged() {
        String text = heterdaadWithLocation("Kerkplein 🚨 Ελληνικά").finalText().orElseThrow();

        assertTrue(text.contains("*Overval – Kerkplein 🚨 Ελληνικά (14.32 uur)*"), text);
    }

    @Test
    void rightToLeftOverrideCannotReverseTheMessage() {
        String text = heterdaadWithLocation("\u202Etaartsproд").finalText().orElseThrow();

        assertFalse(text.contains("\u202E"));
        assertTrue(text.contains("– taartsproд (14.32 uur)*"), text);
    }

    @Test
    void nulAndNewlinesInASingleLineFieldDoNotBreakTheMessage() {
        String text = heterdaadWithLocation("Kerk\u0000plein\r\n12").finalText().orElseThrow();

        assertTrue(text.contains("*Overval – Kerkplein 12 (14.32 uur)*\n"), text);
    }

    @Test
    void loneSurrogateIsAProblemNotAQuestionMark() {
        RenderResult result = heterdaadWithLocation("Kerkplein \uD83D");

        assertFalse(result.isComplete());
        assertTrue(result.problems().get(0).message().startsWith("Locatie: bevat een ongeldig teken"));
    }

    @Test
    void whatsAppMarkersTypedByAnOfficerDoNotFormat() {
        RenderResult result = new MessageRenderer(Templates.CLOCK).render(Templates.get("vermissing"), FieldValues.builder()
                .flag("toestemming", true).text("naam", "Jan_de_Vries_").text("geslacht", "man").text("leeftijd", "84")
                .text("laatst_gezien_plaats", "*centrum* ~markt~ ```code```").text("aanspreken", "nee, niet aanspreken").build());
        String text = result.finalText().orElseThrow();

        assertTrue(text.contains("Naam: JanˍdeˍVriesˍ\n"), text);
        assertTrue(text.contains("– ∗centrum∗ ∼markt∼ ˋˋˋcodeˋˋˋ*\n"), text);
    }

    @Test
    void licencePlateWithAMarkerStaysVisibleButInert() {
        var values = FieldValues.fromJson("""
                {"delict": "Overval", "tijd": "14.32", "locatie": "Kerkplein", "voertuig": [{"kenteken": "ab-*12"}]}
                """);
        String text = new MessageRenderer(Templates.CLOCK).render(Templates.get("heterdaad"), values).finalText().orElseThrow();

        assertTrue(text.contains("Voertuig: kenteken AB-∗12\n"), text);
    }
}

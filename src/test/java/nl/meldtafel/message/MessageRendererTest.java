package nl.meldtafel.message;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageRendererTest {

    private static final String NOTICE = "\n\n" + PoliceNotice.TEXT;

    @Test
    void heterdaadWithTwoSuspectsScooterAndFlightDirectionReadsAsTheDeskWouldWriteIt() {
        RenderResult result = Templates.render("heterdaad", """
                {"delict": "woninginbraak", "tijd": "14.32", "locatie": "Dorpsstraat", "plaats": "Leiden-Zuid",
                 "verdachten": [
                   {"geslacht": "man", "leeftijd": "20", "lengte": "1.80", "postuur": "slank",
                    "kleding": "donkere jas met capuchon", "schoenen": "witte sneakers"},
                   {"geslacht": "man", "leeftijd": "ca. 25 jaar", "kleding": "zwarte trainingsbroek", "bijzonderheden": "rugtas"}],
                 "voertuig": [{"soort": "scooter", "kleur": "zwart", "kenteken": "d123bc"}],
                 "vluchtrichting": "station", "wapen": false}
                """);

        assertEquals("""
                *Dit is een politiebericht – HETERDAAD*
                Woninginbraak om 14.32 uur: Dorpsstraat, Leiden-Zuid.
                Gezocht worden 2 verdachten:
                1. man, ca. 20 jaar, ca. 1.80 m, slank, donkere jas met capuchon, witte sneakers
                2. man, ca. 25 jaar, zwarte trainingsbroek, rugtas
                Voertuig: scooter, zwart, kenteken D-123-BC
                Gevlucht richting station.

                Ziet u iemand die hierop lijkt? Bel direct 112. Spreek de verdachte(n) niet zelf aan.""" + NOTICE,
                result.finalText().orElseThrow());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void vermissingOfAnElderlyPersonWithDementiaNamesThemOnlyWithConsent() {
        RenderResult result = Templates.render("vermissing", """
                {"toestemming": true, "naam": "Kees van Dijk", "geslacht": "man", "leeftijd": "84", "lengte": "1.70",
                 "postuur": "tenger", "uiterlijk": "grijs haar, bril, loopt met rollator",
                 "kleding": "beige regenjas, blauwe broek", "schoenen": "bruine pantoffels",
                 "laatst_gezien_tijd": "13.15", "laatst_gezien_plaats": "Winkelcentrum Stevenshof, Leiden",
                 "vervoer": "met de rollator", "risico": "dementie, heeft medicatie nodig", "gedrag": true, "foto": true}
                """);

        assertEquals("""
                *Dit is een politiebericht – VERMISSING*
                De politie zoekt een vermiste man van 84 jaar.
                Naam: Kees van Dijk
                Signalement: ca. 1.70 m, tenger, grijs haar, bril, loopt met rollator.
                Kleding: beige regenjas, blauwe broek, bruine pantoffels.
                Laatst gezien om 13.15 uur: Winkelcentrum Stevenshof, Leiden.
                Vervoer: met de rollator.
                *Let op:* dementie, heeft medicatie nodig
                Een foto volgt in een apart bericht. Deel die alleen in deze groep.

                Ziet u deze persoon? Spreek hem of haar rustig aan, blijf erbij en bel direct 112.""" + NOTICE,
                result.finalText().orElseThrow());
    }

    @Test
    void afloopberichtThanksThePublicByDefault() {
        RenderResult result = Templates.render("afloopbericht", """
                {"referentie": "ons bericht van 14.32 uur over een woninginbraak aan de Dorpsstraat",
                 "uitkomst": "aangehouden", "toelichting": "Twee verdachten zijn bij het station aangehouden."}
                """);

        assertEquals("""
                *Dit is een politiebericht – AFLOOPBERICHT*
                Over ons bericht van 14.32 uur over een woninginbraak aan de Dorpsstraat:
                Uitkomst: *Aangehouden*
                Twee verdachten zijn bij het station aangehouden.

                Dank voor uw alertheid en voor het doorsturen van ons bericht!""" + NOTICE,
                result.finalText().orElseThrow());
    }

    @Test
    void nameWithoutFamilyConsentIsAnErrorAndNeverRendered() {
        RenderResult result = Templates.render("vermissing", """
                {"toestemming": false, "naam": "Kees van Dijk", "geslacht": "man", "leeftijd": "84",
                 "laatst_gezien_plaats": "Stevenshof"}
                """);

        assertFalse(result.isComplete());
        assertTrue(result.problems().get(0).message().startsWith("Naam mag alleen"), result.problems().toString());
        assertFalse(result.preview().contains("Kees"), result.preview());
    }

    @Test
    void missingRequiredFieldsAreNamedByTheirDutchLabelAndNoFinalTextIsProduced() {
        RenderResult result = Templates.render("heterdaad", "{\"tijd\": \"14.32\"}");

        assertFalse(result.isComplete());
        assertTrue(result.finalText().isEmpty());
        assertEquals(List.of("Delict: vul dit in", "Locatie: vul dit in"),
                result.problems().stream().map(Problem::message).toList());
    }

    @Test
    void previewShowsWhereAMissingRequiredValueGoes() {
        RenderResult result = Templates.render("heterdaad", "{\"tijd\": \"14.32\", \"locatie\": \"Kerkplein\"}");

        assertTrue(result.preview().contains("\n[Delict] om 14.32 uur: Kerkplein.\n"), result.preview());
        assertTrue(result.finalText().isEmpty());
    }

    @Test
    void blankOptionalFieldsLeaveNoDanglingLabel() {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.35", "locatie": "Kerkplein", "vluchtrichting": "  ",
                 "verdachten": [{}, {"geslacht": "vrouw"}], "voertuig": [{}]}
                """).finalText().orElseThrow();

        assertEquals("""
                *Dit is een politiebericht – HETERDAAD*
                Overval om 14.35 uur: Kerkplein.
                Gezocht wordt:
                1. vrouw

                Ziet u iemand die hierop lijkt? Bel direct 112. Spreek de verdachte(n) niet zelf aan.""" + NOTICE, text);
    }

    @Test
    void weaponSeenAddsTheDoNotApproachLine() {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.35", "locatie": "Kerkplein", "wapen": true}
                """).finalText().orElseThrow();

        assertTrue(text.contains("\n*Let op: er is een wapen gezien. Benader de verdachte(n) niet en bel direct 112.*\n"), text);
    }

    @Test
    void timeDefaultsToNowFromTheClock() {
        String text = Templates.render("heterdaad", """
                {"delict": "Straatroof", "locatie": "Stationsplein"}
                """).finalText().orElseThrow();

        assertTrue(text.contains("Straatroof om 14.40 uur: Stationsplein."), text);
    }

    @ParameterizedTest
    @CsvSource({"14.09, true", "14.11, false", "14.40, false", "14.44, false", "23.59, true", "00.10, true"})
    void heterdaadTimeMoreThanThirtyMinutesAgoIsWarnedAbout(String time, boolean warned) {
        RenderResult result = Templates.render("heterdaad",
                "{\"delict\": \"Overval\", \"tijd\": \"" + time + "\", \"locatie\": \"Kerkplein\"}");

        assertTrue(result.isComplete());
        assertEquals(warned, result.warnings().stream().anyMatch(w -> w.contains("geleden")), result.warnings().toString());
    }

    @Test
    void messageOverAThousandCharactersIsWarnedAboutButStillProduced() {
        String longText = "Er is veel gebeurd. ".repeat(19);
        RenderResult result = Templates.render("waarschuwing", """
                {"onderwerp": "Babbeltrucs", "werkwijze": "%s", "tips": "%s", "toelichting": "%s"}
                """.formatted(longText, longText, longText.substring(0, 280)));

        assertTrue(result.isComplete(), result.problems().toString());
        assertTrue(result.characterCount() > 1000);
        assertTrue(result.warnings().stream().anyMatch(w -> w.contains("tekens lang")), result.warnings().toString());
    }

    @Test
    void characterCountCountsAnEmojiAsOne() {
        RenderResult plain = Templates.render("afloopbericht", "{\"referentie\": \"ons bericht\", \"uitkomst\": \"Anders\"}");
        RenderResult emoji = Templates.render("afloopbericht", "{\"referentie\": \"ons bericht 🚓\", \"uitkomst\": \"Anders\"}");

        assertEquals(plain.characterCount() + 2, emoji.characterCount());
    }

    @Test
    void unknownKeysAreProblems() {
        RenderResult result = Templates.render("afloopbericht", """
                {"referentie": "ons bericht", "uitkomst": "Anders", "kleur": "rood"}
                """);

        assertEquals(List.of("onbekend veld 'kleur'"), result.problems().stream().map(Problem::message).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "25.00", "14.60", "1"})
    void aTimeThatIsNoTimeIsAProblemNamingTheField(String time) {
        RenderResult result = Templates.render("heterdaad",
                "{\"delict\": \"Overval\", \"tijd\": \"" + time + "\", \"locatie\": \"Kerkplein\"}");

        assertEquals(List.of("Tijd: '" + time + "' is geen tijd (bijv. 14.32)"),
                result.problems().stream().map(Problem::message).toList());
    }

    @Test
    void choiceWithoutFreeEntryMustBeAnOption() {
        var template = Templates.get("heterdaad");
        var strict = new nl.meldtafel.template.TemplateDefinition(template.id(), template.title(), template.kind(),
                template.followUp(), template.fields().stream().map(f -> f.key().equals("delict")
                ? new nl.meldtafel.template.FieldDefinition(f.key(), f.label(), f.type(), f.required(), f.defaultValue(),
                f.hint(), f.maxLength(), f.options(), false, f.prefix(), f.suffix(), f.requires(), f.whenYes(), f.whenNo(),
                f.warnOlderThan(), f.subFields(), f.entry(), f.maxEntries()) : f).toList(),
                template.body(), template.source(), template.contentHash());

        RenderResult other = new MessageRenderer(Templates.CLOCK).render(strict,
                FieldValues.fromJson("{\"delict\": \"Brand\", \"tijd\": \"14.32\", \"locatie\": \"Kerkplein\"}"));
        RenderResult option = new MessageRenderer(Templates.CLOCK).render(strict,
                FieldValues.fromJson("{\"delict\": \"OVERVAL\", \"tijd\": \"14.32\", \"locatie\": \"Kerkplein\"}"));

        assertFalse(other.isComplete());
        assertTrue(option.finalText().orElseThrow().contains("Overval om 14.32 uur"));
    }

    @Test
    void tooManyEntriesInAGroupIsAProblem() {
        RenderResult result = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.32", "locatie": "Kerkplein",
                 "voertuig": [{"soort": "auto"}, {"soort": "scooter"}]}
                """);

        assertEquals(List.of("Voertuig: hoogstens 1 toegestaan"), result.problems().stream().map(Problem::message).toList());
    }

    @Test
    void typedPeriodBeforeTheTemplatesPeriodIsNotDoubled() {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.32", "locatie": "Kerkplein", "vluchtrichting": "het station."}
                """).finalText().orElseThrow();

        assertTrue(text.contains("\nGevlucht richting het station.\n"), text);
    }

    @Test
    void multilineValueKeepsItsLineBreaksButNeverTwoBlankLines() {
        String text = Templates.render("waarschuwing", """
                {"onderwerp": "Fietsdiefstal", "tips": "Zet uw fiets op slot.\\r\\n\\r\\n\\r\\n\\r\\nGebruik twee sloten."}
                """).finalText().orElseThrow();

        assertTrue(text.contains("*Wat kunt u doen?*\nZet uw fiets op slot.\n\nGebruik twee sloten.\n\n_Ziet u"), text);
        assertFalse(text.contains("\n\n\n"));
    }

    @Test
    void everyShippedTemplateEndsWithTheNoticeEvenWithOnlyRequiredFields() {
        for (var template : Templates.SHIPPED.templates()) {
            var builder = FieldValues.builder();
            template.fields().stream().filter(f -> f.required()).forEach(f -> builder.text(f.key(), sampleFor(f)));
            RenderResult result = new MessageRenderer(Templates.CLOCK).render(template, builder.build());

            assertTrue(result.isComplete(), template.id() + ": " + result.problems());
            assertTrue(result.preview().endsWith("\n\n" + PoliceNotice.TEXT), template.id());
        }
    }

    private static String sampleFor(nl.meldtafel.template.FieldDefinition field) {
        return switch (field.type()) {
            case TIME -> "14.30";
            case DATE -> "23-11-2026";
            case NUMBER -> "40";
            default -> field.options().isEmpty() ? "iets" : field.options().get(0);
        };
    }
}

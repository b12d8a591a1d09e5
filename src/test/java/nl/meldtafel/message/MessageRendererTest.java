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
                 "vlucht": "op een scooter", "vluchtrichting": "station", "wapen": false}
                """);

        assertEquals("""
                *Politiebericht – Kijk uit*
                *Woninginbraak – Dorpsstraat, Leiden-Zuid (14.32 uur)*
                Kijk uit naar twee mannen:
                1. ca. 20 jaar, ca. 1.80 m, slank, donkere jas met capuchon, witte sneakers
                2. ca. 25 jaar, zwarte trainingsbroek, rugtas
                Voertuig: scooter, zwart, kenteken D-123-BC
                Gevlucht op een scooter richting station.

                Ziet u de verdachten? Spreek hen niet aan en bel direct 112.""" + NOTICE,
                result.finalText().orElseThrow());
        assertEquals(List.of(), result.warnings());
    }

    @Test
    void vermissingOfAnElderlyPersonWithDementiaNamesThemOnlyWithConsent() {
        RenderResult result = Templates.render("vermissing", """
                {"toestemming": true, "naam": "Kees van Dijk", "geslacht": "man", "leeftijd": "84", "lengte": "1.70",
                 "postuur": "tenger", "uiterlijk": "grijs haar, bril, loopt met rollator",
                 "kleding": "beige regenjas, blauwe broek", "schoenen": "bruine pantoffels",
                 "laatst_gezien_dag": "vandaag", "laatst_gezien_tijd": "13.15",
                 "laatst_gezien_plaats": "Winkelcentrum Stevenshof, Leiden",
                 "vervoer": "met de rollator", "risico": "dementie", "aanspreken": "ja, rustig aanspreken", "foto": true}
                """);

        assertEquals("""
                *Politiebericht – Vermist*
                *Vermiste man, 84 jaar (dementie) – Winkelcentrum Stevenshof, Leiden*
                Naam: Kees van Dijk
                Laatst gezien vandaag om 13.15 uur, met de rollator.
                Signalement: ca. 1.70 m, tenger, grijs haar, bril, loopt met rollator.
                Kleding: beige regenjas, blauwe broek, bruine pantoffels.
                Een foto volgt in een apart bericht. Deel die alleen in deze groep.

                Ziet u hem? Spreek hem rustig aan, blijf bij hem en bel direct 112.""" + NOTICE,
                result.finalText().orElseThrow());
    }

    @Test
    void afloopberichtSaysWhatItClosesAndHowInOneLineAndThanksThePublicByDefault() {
        RenderResult result = Templates.render("afloopbericht", """
                {"over": "heterdaad", "referentie": "woninginbraak, Dorpsstraat (14.32 uur)",
                 "uitkomst": "verdachten aangehouden", "toelichting": "Twee verdachten zijn bij het station aangehouden."}
                """);

        assertEquals("""
                *Politiebericht*
                *Afloop: woninginbraak, Dorpsstraat (14.32 uur) – verdachten aangehouden*
                Twee verdachten zijn bij het station aangehouden.
                U hoeft niet meer uit te kijken. Bedankt!""" + NOTICE,
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

        assertTrue(result.preview().contains("\n*[Delict] – Kerkplein (14.32 uur)*\n"), result.preview());
        assertTrue(result.finalText().isEmpty());
    }

    @Test
    void blankOptionalFieldsLeaveNoDanglingLabel() {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.35", "locatie": "Kerkplein", "vluchtrichting": "  ",
                 "verdachten": [{}, {"geslacht": "vrouw"}], "voertuig": [{}]}
                """).finalText().orElseThrow();

        assertEquals("""
                *Politiebericht – Kijk uit*
                *Overval – Kerkplein (14.35 uur)*
                Kijk uit naar een vrouw.

                Ziet u de verdachte? Spreek haar niet aan en bel direct 112.""" + NOTICE, text);
    }

    @Test
    void weaponSeenAddsAWarningButAsksToCall112OnlyOnce() {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.35", "locatie": "Kerkplein", "wapen": true,
                 "verdachten": [{"geslacht": "man", "kleding": "zwarte jas"}]}
                """).finalText().orElseThrow();

        assertTrue(text.contains("\n*Let op: er is een wapen gezien.*\nKijk uit naar een man: zwarte jas.\n"), text);
        String body = text.substring(0, text.length() - PoliceNotice.TEXT.length());
        assertEquals(1, body.split("112", -1).length - 1, text);
    }

    @Test
    void timeDefaultsToNowFromTheClock() {
        String text = Templates.render("heterdaad", """
                {"delict": "Straatroof", "locatie": "Stationsplein"}
                """).finalText().orElseThrow();

        assertTrue(text.contains("*Straatroof – Stationsplein (14.40 uur)*"), text);
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
        assertTrue(option.finalText().orElseThrow().contains("*Overval – Kerkplein (14.32 uur)*"), option.preview());
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
    void twoPeriodsInsideATypedValueStayAsTyped() {
        String text = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "14.32", "locatie": "Kerkplein", "plaats": "Kerkplein 3..20"}
                """).finalText().orElseThrow();

        assertTrue(text.contains("Kerkplein 3..20"), text);
    }

    @Test
    void multilineValueKeepsItsLineBreaksButNeverTwoBlankLines() {
        String text = Templates.render("waarschuwing", """
                {"onderwerp": "Fietsdiefstal", "tips": "Zet uw fiets op slot.\\r\\n\\r\\n\\r\\n\\r\\nGebruik twee sloten."}
                """).finalText().orElseThrow();

        assertTrue(text.contains("*Wat kunt u doen?*\n• Zet uw fiets op slot.\n\n• Gebruik twee sloten.\n\n" + PoliceNotice.TEXT), text);
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

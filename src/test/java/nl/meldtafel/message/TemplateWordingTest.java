package nl.meldtafel.message;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 17: the exact text of each shipped template, as a resident reads it on a phone. */
class TemplateWordingTest {

    private static final String NOTICE = "\n\n" + PoliceNotice.TEXT;

    private static String text(String template, String json) {
        RenderResult result = Templates.render(template, json);
        assertEquals(List.of(), result.problems(), result.preview());
        return result.finalText().orElseThrow();
    }

    @Test
    void heterdaadWithOneManSaysWhoOnOneLine() {
        assertEquals("""
                *Politiebericht – Kijk uit*
                *Woninginbraak – Dorpsstraat, Leiden-Zuid (14.32 uur)*
                Kijk uit naar een man: ca. 20 jaar, ca. 1.80 m, slank, donkere jas met capuchon, witte sneakers.
                Gevlucht op de fiets richting station.

                Ziet u de verdachte? Spreek hem niet aan en bel direct 112.""" + NOTICE, text("heterdaad", """
                {"delict": "Woninginbraak", "tijd": "14.32", "locatie": "Dorpsstraat", "plaats": "Leiden-Zuid",
                 "verdachten": [{"geslacht": "man", "leeftijd": "20", "lengte": "1.80", "postuur": "slank",
                   "kleding": "donkere jas met capuchon", "schoenen": "witte sneakers"}],
                 "vlucht": "op de fiets", "vluchtrichting": "station"}
                """));
    }

    @Test
    void heterdaadWithTwoMenNumbersThemAndSaysWhatTheyShareOnce() {
        // The keystroke benchmark's heterdaad of issue 10.
        assertEquals("""
                *Politiebericht – Kijk uit*
                *Woninginbraak – wijk Floriande, Hoofddorp (14.32 uur)*
                Kijk uit naar twee mannen:
                1. ca. 1.80 m, fors
                2. tenger
                Beiden: kort haar, donker gekleed.
                Gevlucht te voet richting onbekend.

                Ziet u de verdachten? Spreek hen niet aan en bel direct 112.""" + NOTICE, text("heterdaad", """
                {"delict": "Woninginbraak", "tijd": "14.32", "locatie": "wijk Floriande", "plaats": "Hoofddorp",
                 "verdachten": [
                   {"geslacht": "man", "lengte": "1.80", "postuur": "fors", "uiterlijk": "kort haar", "kleding": "donker gekleed"},
                   {"geslacht": "man", "postuur": "tenger", "uiterlijk": "kort haar", "kleding": "donker gekleed"}],
                 "vlucht": "te voet", "vluchtrichting": "onbekend"}
                """));
    }

    @Test
    void heterdaadWithAWomanAndAWeaponWarnsHighUpAndAsksFor112Once() {
        String text = text("heterdaad", """
                {"delict": "overval op een geldwagen", "tijd": "14.35", "locatie": "Kerkplein", "wapen": true,
                 "verdachten": [{"geslacht": "vrouw", "leeftijd": "rond 16", "schoenen": "wit",
                   "kleding": "zwarte jas met capuchon, blauwe spijkerbroek, rode pet, grijze rugzak"}],
                 "vlucht": "te voet"}
                """);

        assertEquals("""
                *Politiebericht – Kijk uit*
                *Overval op een geldwagen – Kerkplein (14.35 uur)*
                *Let op: er is een wapen gezien.*
                Kijk uit naar een vrouw: rond 16 jaar, schoenen: wit.
                Kleding: zwarte jas met capuchon, blauwe spijkerbroek, rode pet, grijze rugzak.
                Gevlucht te voet.

                Ziet u de verdachte? Spreek haar niet aan en bel direct 112.""" + NOTICE, text);
        assertEquals(1, text.substring(0, text.length() - PoliceNotice.TEXT.length()).split("112", -1).length - 1);
    }

    @Test
    void heterdaadWithAChildAndSomeoneUnknownCountsThemAsSuspects() {
        assertEquals("""
                *Politiebericht – Kijk uit*
                *Straatroof – Stationsplein (14.35 uur)*
                Kijk uit naar twee verdachten:
                1. jongen, minderjarig
                2. ca. 20-25 jaar

                Ziet u de verdachten? Spreek hen niet aan en bel direct 112.""" + NOTICE, text("heterdaad", """
                {"delict": "Straatroof", "tijd": "14.35", "locatie": "Stationsplein",
                 "verdachten": [{"geslacht": "jongen", "leeftijd": "minderjarig"}, {"leeftijd": "20-25"}]}
                """));
    }

    @Test
    void heterdaadWithoutSuspectsAsksForAnythingSuspicious() {
        assertEquals("""
                *Politiebericht – Kijk uit*
                *Poging woninginbraak – Dorpsstraat (14.35 uur)*

                Ziet u iets verdachts? Spreek niemand zelf aan en bel direct 112.""" + NOTICE, text("heterdaad", """
                {"delict": "Poging woninginbraak", "tijd": "14.35", "locatie": "Dorpsstraat"}
                """));
    }

    @Test
    void vermissingOfAGirlWhoMayBeApproachedPutsTheVulnerabilityInTheSecondLine() {
        assertEquals("""
                *Politiebericht – Vermist*
                *Vermist meisje, 7 jaar (kan niet praten) – Korreweg, Groningen*
                Laatst gezien gisteren om 13.15 uur, te voet.
                Signalement: ca. 1.20 m.
                Kleding: roze jas, schoenen: wit.
                Een foto volgt in een apart bericht. Deel die alleen in deze groep.

                Ziet u haar? Spreek haar rustig aan, blijf bij haar en bel direct 112.""" + NOTICE, text("vermissing", """
                {"geslacht": "meisje", "leeftijd": "7", "lengte": "1.20", "kleding": "roze jas", "schoenen": "wit",
                 "laatst_gezien_dag": "gisteren", "laatst_gezien_tijd": "13.15", "laatst_gezien_plaats": "Korreweg, Groningen",
                 "vervoer": "te voet", "risico": "kan niet praten", "aanspreken": "ja, rustig aanspreken", "foto": true}
                """));
    }

    @Test
    void vermissingOfAManWhoShouldNotBeApproachedAndNoLastSeenTimePrintsNoTime() {
        assertEquals("""
                *Politiebericht – Vermist*
                *Vermiste man, ca. 80 jaar – Winkelcentrum Stevenshof, Leiden*
                Laatst gezien vrijdag.

                Ziet u hem? Spreek hem niet aan, houd hem in het oog en bel direct 112.""" + NOTICE, text("vermissing", """
                {"geslacht": "man", "leeftijd": "ca. 80", "laatst_gezien_dag": "vrijdag",
                 "laatst_gezien_plaats": "Winkelcentrum Stevenshof, Leiden", "aanspreken": "nee, niet aanspreken"}
                """));
    }

    @Test
    void vermissingOfAWomanWithoutDayOrTimeLeavesTheLastSeenLineOut() {
        String text = text("vermissing", """
                {"geslacht": "vrouw", "leeftijd": "9 of 10", "laatst_gezien_plaats": "Stevenshof", "aanspreken": "ja, rustig aanspreken"}
                """);

        assertTrue(text.startsWith("*Politiebericht – Vermist*\n*Vermiste vrouw, 9 of 10 jaar – Stevenshof*\n\nZiet u haar?"), text);
        assertFalse(text.contains("uur"), text);
        assertFalse(text.contains("Laatst gezien"), text);
    }

    @Test
    void vermissingWithoutTheApproachChoiceCannotBeSentAndHasNoDefault() {
        RenderResult result = Templates.render("vermissing", """
                {"geslacht": "kind", "leeftijd": "4", "laatst_gezien_plaats": "Speeltuin Merenwijk"}
                """);

        assertEquals(List.of("Mag de persoon aangesproken worden?: vul dit in"),
                result.problems().stream().map(Problem::message).toList());
        assertFalse(result.preview().contains("Spreek"), result.preview());
        assertTrue(result.preview().contains("*Vermist kind, 4 jaar – Speeltuin Merenwijk*"), result.preview());
    }

    @Test
    void aChildOfUnknownGenderIsNeverHemOfHaar() {
        String text = text("vermissing", """
                {"geslacht": "kind", "leeftijd": "4", "laatst_gezien_plaats": "Speeltuin", "aanspreken": "ja, rustig aanspreken"}
                """);

        assertTrue(text.contains("Ziet u deze persoon? Spreek deze persoon rustig aan, blijf bij deze persoon en bel direct 112."), text);
    }

    @Test
    void afloopOfAVermissingWithAPhotoIsOneShortSentenceAndAsksToRemoveThePhoto() {
        String text = text("afloopbericht", """
                {"over": "vermissing", "referentie": "vermist meisje (7), Korreweg", "uitkomst": "persoon is terecht", "foto": true}
                """);

        assertEquals("""
                *Politiebericht*
                *Afloop: vermist meisje (7), Korreweg – persoon is terecht*
                U hoeft niet meer uit te kijken. Verwijder de foto uit uw groep. Bedankt!""" + NOTICE, text);
        assertTrue(text.codePointCount(0, text.length()) <= 250, text.length() + " characters");
    }

    @Test
    void afloopOfAHeterdaadIsTypicallyWithin250Characters() {
        String text = text("afloopbericht", """
                {"over": "heterdaad", "referentie": "woninginbraak, Dorpsstraat (14.32 uur)",
                 "uitkomst": "verdachten aangehouden"}
                """);

        assertTrue(text.contains("*Afloop: woninginbraak, Dorpsstraat (14.32 uur) – verdachten aangehouden*\n"
                + "U hoeft niet meer uit te kijken. Bedankt!\n"), text);
        assertTrue(text.codePointCount(0, text.length()) <= 250, text.length() + " characters");
    }

    @Test
    void aHeterdaadIsNeverClosedAsPersonFound() {
        RenderResult result = Templates.render("afloopbericht", """
                {"over": "heterdaad", "referentie": "woninginbraak, Dorpsstraat (14.32 uur)", "uitkomst": "persoon is terecht"}
                """);

        assertFalse(result.isComplete());
        assertEquals("uitkomst", result.problems().get(0).fieldKey());
        assertTrue(result.problems().get(0).message().startsWith("Uitkomst: 'persoon is terecht' past niet bij een heterdaad"),
                result.problems().toString());
    }

    @Test
    void getuigenoproepNames0900AndOptionallyMeldMisdaadAnoniemAndSaysWhenForCameras() {
        assertEquals("""
                *Politiebericht – Getuigen gezocht*
                *Woninginbraak – Dorpsstraat 12, Leiden*
                Dit gebeurde vrijdag 20 november om 02.30 uur.

                *Heeft u iets gezien of gehoord, of weet u meer?* Bel 0900-8844.
                Liever anoniem? Bel Meld Misdaad Anoniem: 0800-7000.
                Heeft u een deurbelcamera, dashcam of beveiligingscamera? Bekijk uw beelden van vrijdag 20 november rond \
                02.30 uur en laat het ons weten als u iets ziet. Zet beelden niet in de groep.""" + NOTICE, text("getuigenoproep", """
                {"wat": "woninginbraak", "datum": "20-11", "tijd": "02.30", "locatie": "Dorpsstraat 12", "plaats": "Leiden",
                 "camerabeelden": true, "anoniem": true}
                """));
    }

    @Test
    void aDateInAnotherYearCarriesTheYear() {
        String text = text("getuigenoproep", """
                {"wat": "Autokraak", "datum": "30-12-2025", "locatie": "Stationsweg"}
                """);

        assertTrue(text.contains("Dit gebeurde dinsdag 30 december 2025."), text);
    }

    @Test
    void waarschuwingTipsStartWithABulletAndATypedSentenceWithACapital() {
        assertEquals("""
                *Politiebericht – Let op*
                *Babbeltrucs bij ouderen* in Leiden-Zuid (afgelopen week)
                Mannen bellen aan als monteur.

                *Wat kunt u doen?*
                • Laat niemand binnen zonder afspraak.
                • Vraag om een pasje.""" + NOTICE, text("waarschuwing", """
                {"onderwerp": "Babbeltrucs bij ouderen", "plaats": "Leiden-Zuid", "periode": "afgelopen week",
                 "werkwijze": "mannen bellen aan als monteur.", "tips": "Laat niemand binnen zonder afspraak.\\n- Vraag om een pasje."}
                """));
    }

    @Test
    void aTimeWarningBeyond90MinutesReadsInHours() {
        RenderResult result = Templates.render("heterdaad", """
                {"delict": "Overval", "tijd": "02.30", "locatie": "Kerkplein"}
                """);

        assertEquals(List.of("Tijd (02.30 uur) is ruim 12 uur geleden; alleen acute berichten (minder dan 30 minuten oud) "
                + "helpen bewoners nu"), result.warnings());
    }
}

package nl.meldtafel.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegisterCsvReaderTest {

    private static RegisterCsvReader.Reading read(String csv) {
        return RegisterCsvReader.read(csv.getBytes(StandardCharsets.UTF_8), "Leiden", Map.of());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "Groepsnaam | NAME", "Naam groep | NAME", "Buurtgroep | NAME", " naam  GROEP | NAME",
            "Beheerder | ADMIN", "Wijkbeheerder | ADMIN", "Coördinator | ADMIN", "Contactpersoon | ADMIN",
            "Telefoon | PHONE", "Mobiel | PHONE", "06-nummer | PHONE", "Telefoonnummer beheerder | PHONE",
            "E-mail | EMAIL", "E-mailadres | EMAIL", "emailadres beheerder | EMAIL",
            "Stadsdeel | WIJK", "Wijk | WIJK", "Buurt | WIJK", "Naam wijk | WIJK",
            "Gemeente | GEMEENTE", "Kern | GEMEENTE", "KERN | GEMEENTE", "Kernnaam | GEMEENTE", "Dorp | GEMEENTE",
            "Plaats | GEMEENTE", "Woonplaats | GEMEENTE", "plaatsnaam | GEMEENTE", "Gemeentenaam | GEMEENTE",
            "Naam gemeente | GEMEENTE", "Groepsnummer | KEY", "ID | KEY", "Beheerdersgroep | TARGET_GROUP", "Opmerkingen | NONE",
    })
    void headersAreRecognisedWhateverTheSpelling(String header, Column expected) {
        assertEquals(expected, Column.of(header));
    }

    @Test
    void oneCellWithSeveralAdministratorsPairsThemWithTheirPhonesAndEmailsInOrder() {
        RegisterCsvReader.Reading r = read("Groepsnaam;Wijk;Beheerder;Telefoon;E-mail\n"
                + "A;Noord;Jan / Piet;06-11111111 / 0622222222;jan@example.org / piet@example.org\n"
                + "B;Noord;Jan en Piet & Klaas;06-11111111;\n"
                + "C;Noord;\"Ria\nEls\";\"T 06-33333333\n+31 6 44444444\";\n");

        List<ParsedRow.Person> a = r.rows().get(0).administrators();
        assertEquals(List.of(new ParsedRow.Person("Jan", "06-11111111", "jan@example.org"),
                new ParsedRow.Person("Piet", "06-22222222", "piet@example.org")), a);
        assertEquals(List.of("Jan", "Piet", "Klaas"), r.rows().get(1).administrators().stream().map(ParsedRow.Person::name).toList());
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 3 && p.reason().contains("3 namen, 1 telefoonnummers")));
        assertEquals(List.of(new ParsedRow.Person("Ria", "06-33333333", ""), new ParsedRow.Person("Els", "06-44444444", "")),
                r.rows().get(2).administrators());
    }

    @Test
    void wijkComesFromTheNameOnlyWhenItNamesAWijkKnownInTheGemeente() {
        RegisterCsvReader.Reading r = RegisterCsvReader.read(("Naam groep,Coördinator\n"
                + "Literatuurwijk (Hildebrandstraat),Jan\n"
                + "Buurtpreventie Hildebrandstraat,Piet\n"
                + "Café-buurt,Els\n").getBytes(StandardCharsets.UTF_8), "Leiden", Map.of("leiden", Set.of("Literatuurwijk")));

        assertEquals(',', r.separator());
        assertEquals("Literatuurwijk", r.rows().get(0).wijk());
        assertTrue(r.rows().get(0).wijkFromName());
        assertEquals("", r.rows().get(1).wijk());
        assertEquals("", r.rows().get(2).wijk(), "a word that looks like a wijk is no known wijk: none is invented");
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 1 && p.reason().contains("geen kolom voor de wijk")));
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 4 && p.severity() == ImportProblem.Severity.WARNING
                && p.reason().startsWith("geen wijk")), r.problems().toString());
    }

    @Test
    void withBothAGemeenteAndAKernColumnTheKernIsAPartOfTheGemeente() {
        RegisterCsvReader.Reading r = RegisterCsvReader.read(("Kern;Groepsnaam;Gemeente;Beheerder\n"
                + "Zoeterwoude-Dorp;Weipoort;Zoeterwoude;Henk\n").getBytes(StandardCharsets.UTF_8), "Leiden", Map.of());

        assertEquals("Zoeterwoude", r.rows().get(0).gemeente(), "the gemeente field only fills rows without one");
        assertEquals("Zoeterwoude-Dorp", r.rows().get(0).wijk());
        assertEquals(List.of(Column.WIJK, Column.NAME, Column.GEMEENTE, Column.ADMIN),
                r.columns().stream().map(ColumnUse::column).toList());
    }

    @Test
    void aWoonplaatsColumnInAnyCaseGivesTheGemeente() {
        RegisterCsvReader.Reading r = RegisterCsvReader.read(("WOONPLAATS\tNaam groep\tBeheerder\n"
                + "Voorschoten\tDe Kooy\tFatma\n"
                + "\tRijnsburgerweg\tFatma\n").getBytes(StandardCharsets.UTF_8), "Leiden", Map.of());

        assertEquals('\t', r.separator());
        assertEquals(List.of("Voorschoten", "Leiden"), r.rows().stream().map(ParsedRow::gemeente).toList());
        assertEquals("Oegstgeest", RegisterCsvReader.read("Gemeente;Groepsnaam\nGemeente Oegstgeest;Haaswijk\n"
                .getBytes(StandardCharsets.UTF_8), "", Map.of()).rows().get(0).gemeente());
    }

    @Test
    void aTitleAboveTheHeaderIsSkippedAndSaidSo() {
        RegisterCsvReader.Reading r = RegisterCsvReader.read(("Buurtpreventie gemeente Leiden, stand 1 maart 2026\r\n"
                + "\r\n"
                + "Naam groep;Wijk;Beheerder\r\n"
                + "Merenwijk Noord;Merenwijk;Karel\r\n").getBytes(StandardCharsets.UTF_8), "Leiden", Map.of());

        assertEquals(';', r.separator());
        assertEquals(List.of("Merenwijk Noord"), r.rows().stream().map(ParsedRow::name).toList());
        assertEquals(4, r.rows().get(0).line());
        assertTrue(r.problems().stream().anyMatch(p -> p.line() == 3 && p.reason().startsWith("de regels 1 t/m 2 boven de kopregel")),
                r.problems().toString());
    }

    @Test
    void aWijkGivenInAnotherRowOfTheSameGemeenteIsFoundInAName() {
        RegisterCsvReader.Reading r = RegisterCsvReader.read(("Groepsnaam;Wijk;Kern\n"
                + "Merenwijk Noord;Merenwijk;Leiden\n"
                + "Merenwijk (Zijlstraat);;Leiden\n"
                + "Merenwijk Oost;;Oegstgeest\n").getBytes(StandardCharsets.UTF_8), "", Map.of());

        assertEquals("Merenwijk", r.rows().get(1).wijk());
        assertTrue(r.rows().get(1).wijkFromName());
        assertEquals("", r.rows().get(2).wijk(), "a wijk of Leiden is not a wijk of Oegstgeest");
    }

    @Test
    void aWijkKnownInTheRegisterIsFoundInsideAName() {
        assertEquals("Merenwijk", RegisterCsvReader.wijkInName("Merenwijk Noord (Zijlstraat)", Set.of("Merenwijk")));
        assertEquals("Stevenshof", RegisterCsvReader.wijkInName("Stevenshof (Oppenheimstraat)", Set.of("Stevenshof")));
        assertEquals("", RegisterCsvReader.wijkInName("Stevenshof (Oppenheimstraat)", Set.of()));
    }

    @Test
    void aStrayQuoteCostsOneRowNotTheRestOfTheFile() {
        RegisterCsvReader.Reading r = read("Groepsnaam;Wijk;Beheerder\n"
                + "\"Noord;Noord;Jan\n"
                + "Zuid;Zuid;Piet\n"
                + "\"Oost\" west;Oost;Klaas\n"
                + "West;West;Els\n");

        assertEquals(List.of("Zuid", "West"), r.rows().stream().map(ParsedRow::name).toList());
        assertEquals(List.of(2, 4), r.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED)
                .map(ImportProblem::line).toList());
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.ImportFileException;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportProblem;
import nl.meldtafel.groups.ImportRow;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.ProblemGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12: real municipal files as they come, against a real SQLite register. */
class RegisterImportTest extends StorageContract {

    static final String KERN_FILE = "/nl/meldtafel/groups/kern-multi-gemeente-cp1252.csv";
    static final String KERN_UPDATE = "/nl/meldtafel/groups/kern-multi-gemeente-update-utf8bom.csv";

    private Storage storage;
    private GroupRegister register;

    @BeforeEach
    void open() {
        storage = open(new MutableClock(Instant.parse("2026-11-23T13:00:00Z")));
        register = storage.groupRegister();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    static byte[] fixture(String name) {
        try (InputStream in = RegisterImportTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new AssertionError("fixture " + name, e);
        }
    }

    private static String kernText() {
        return new String(fixture(KERN_FILE), Charset.forName("windows-1252"));
    }

    private static Map<String, String> perGemeente(ImportPreview p) {
        return p.perGemeente().stream().collect(Collectors.toMap(ImportPreview.GemeenteCount::gemeente, ImportPreview.GemeenteCount::line));
    }

    private static ImportRow row(ImportPreview p, int line) {
        return p.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow(() -> new AssertionError("no row " + line));
    }

    private static List<ImportProblem> problems(ImportPreview p, String kind) {
        return p.problems().stream().filter(x -> x.kind().equals(kind)).toList();
    }

    private int neighbourhoodGroups() {
        return storage.groupRegister().search("", true).stream().mapToInt(i -> i.neighbourhoodGroups()).sum();
    }

    @Test
    void aKernColumnGivesEachRowItsOwnGemeenteAndTheGemeenteFieldDoesNotOverruleIt() {
        ImportPreview preview = register.previewImport(fixture(KERN_FILE), "Leiden");

        assertEquals("Windows-1252", preview.encoding());
        assertEquals("Leiden: 4 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 dubbel", perGemeente(preview).get("Leiden"));
        assertEquals("Oegstgeest: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 dubbel", perGemeente(preview).get("Oegstgeest"),
                "'oegstgeest' in another row is the same gemeente");
        assertEquals("Zoeterwoude: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 dubbel", perGemeente(preview).get("Zoeterwoude"));
        assertEquals("Voorschoten: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 dubbel", perGemeente(preview).get("Voorschoten"));
        assertEquals(4, preview.perGemeente().size());
        assertEquals("Oegstgeest", row(preview, 7).gemeente());
        assertEquals("Karel Noë", row(preview, 2).administrators().get(0).name());
        assertEquals(List.of(9), problems(preview, "missingName").stream().map(ImportProblem::line).toList());
        assertTrue(preview.newGroups().stream().allMatch(g -> !g.name().isBlank() && !g.gemeente().isBlank()), preview.newGroups().toString());
        // one coordinator of groups in two gemeenten is one person
        assertEquals(1, preview.rows().stream().flatMap(r -> r.administrators().stream())
                .filter(p -> p.name().equals("Jan de Vries")).map(ImportRow.Person::phone).distinct().count());
    }

    @Test
    void aRowWithoutAnyGemeenteIsListedAsNotPlacedAndNeverMakesANamelessGroup() {
        byte[] csv = "Groepsnaam;Beheerder;Telefoon\nHaaswijk;Piet;0612345678\nPoelgeest;Els;0612345679\n".getBytes(StandardCharsets.UTF_8);

        ImportPreview unplaced = register.previewImport(csv, "");

        assertEquals(List.of(), unplaced.rows());
        assertEquals(List.of(), unplaced.newGroups());
        assertFalse(unplaced.hasChanges());
        assertEquals(2, unplaced.notPlaced());
        assertTrue(unplaced.gemeenteLines().contains("Zonder gemeente (niet ingelezen): 2"), unplaced.gemeenteLines().toString());
        assertEquals(List.of(2, 3), problems(unplaced, "notPlaced").stream().map(ImportProblem::line).toList());

        ImportPreview placed = register.previewImport(csv, "Oegstgeest");
        assertEquals(List.of("Beheerders Oegstgeest"), placed.newGroups().stream().map(GroupInput::name).toList());
        assertEquals(0, placed.notPlaced());
    }

    @Test
    void theSameFileTwiceAddsNothingTheSecondTime() {
        register.applyImport(register.previewImport(fixture(KERN_FILE), ""), null);
        int groups = register.search("", true).size();
        assertEquals(9, neighbourhoodGroups());

        ImportPreview again = register.previewImport(fixture(KERN_FILE), "");

        assertFalse(again.hasChanges(), again.describe().toString());
        assertEquals(9, again.count(ImportRow.Action.UNCHANGED));
        assertEquals(List.of(), again.newGroups());
        assertEquals("Leiden: 0 nieuw, 0 gewijzigd, 4 ongewijzigd, 0 dubbel", perGemeente(again).get("Leiden"));
        register.applyImport(again, null);
        assertEquals(groups, register.search("", true).size());
        assertEquals(9, neighbourhoodGroups());
    }

    @Test
    void anUpdatedFileShowsChangesAsOldToNewAndDuplicatesNothing() {
        register.applyImport(register.previewImport(fixture(KERN_FILE), ""), null);

        ImportPreview update = register.previewImport(fixture(KERN_UPDATE), "");

        assertEquals("UTF-8 (BOM)", update.encoding());
        assertEquals(ImportRow.Action.CHANGE, row(update, 2).action());
        assertTrue(row(update, 2).changes().contains("naam: Merenwijk Noord \u2192 merenwijk noord"), row(update, 2).changes().toString());
        assertTrue(row(update, 2).changes().stream().anyMatch(c -> c.startsWith("gegevens van Karel Noë:")
                && c.contains("06-11111111") && c.contains("\u2192") && c.endsWith("06-11111112, karel@example.org")), row(update, 2).changes().toString());
        assertTrue(row(update, 7).changes().contains("naam: Poelgeest-Oost \u2192 Poelgeest Oost"), row(update, 7).changes().toString());
        assertEquals(ImportRow.Action.UNCHANGED, row(update, 3).action());
        assertEquals(ImportRow.Action.ADD, row(update, 12).action());
        assertEquals("Voorschoten: 1 nieuw, 0 gewijzigd, 1 ongewijzigd, 0 dubbel", perGemeente(update).get("Voorschoten"));
        assertEquals(List.of(), update.newGroups());

        register.applyImport(update, null);
        assertEquals(10, neighbourhoodGroups());
        assertFalse(register.previewImport(fixture(KERN_UPDATE), "").hasChanges());
    }

    @Test
    void groupsMatchWithCaseSpacesDashesAndAccentsFoldedWithinTheirGemeente() {
        long leiden = register.addGroup(new GroupInput("Beheerders Leiden", "", "Leiden", true, ""), null);
        register.addNeighbourhoodGroup(leiden, new NeighbourhoodInput("Noord-West Café", "", "Leiden"), null);
        byte[] csv = ("Groepsnaam;Gemeente;Beheerder\n"
                + "noord  west cafe;leiden;Jan\n"
                + "NoordWest Café;Oegstgeest;Piet\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = register.previewImport(csv, "");

        assertEquals(ImportRow.Action.CHANGE, row(preview, 2).action(), "the same group, spelled otherwise");
        assertEquals("Leiden", row(preview, 2).gemeente(), "the register's spelling of the gemeente is kept");
        assertEquals(ImportRow.Action.ADD, row(preview, 3).action(), "the same name in another gemeente is another group");
    }

    @Test
    void theMunicipalitysOwnNumberRecognisesARenamedGroupInTheFile() {
        byte[] csv = ("Groepsnummer;Groepsnaam;Gemeente;Beheerder\n"
                + "17;Haaswijk;Oegstgeest;Piet\n"
                + "17;Haaswijk (Lijtweg);Oegstgeest;Els\n"
                + "18;Poelgeest;Oegstgeest;Klaas\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = register.previewImport(csv, "");

        assertEquals(ImportRow.Action.DUPLICATE, row(preview, 3).action());
        assertEquals("Oegstgeest: 2 nieuw, 0 gewijzigd, 0 ongewijzigd, 1 dubbel", perGemeente(preview).get("Oegstgeest"));
    }

    private static byte[] numbered(String... rows) {
        return ("Groepsnummer;Groepsnaam;Wijk;Gemeente;Beheerder;Telefoon\n" + String.join("\n", rows) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private NeighbourhoodGroup stored(String gemeente, String name) {
        return storage.backend().groups().neighbourhoodGroups().stream().filter(n -> n.gemeente().equals(gemeente) && n.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no group " + name + " in " + gemeente));
    }

    @Test
    void aGroupTheMunicipalityRenamedIsRecognisedByItsNumberAndRenamed() {
        register.applyImport(register.previewImport(numbered(
                "17;Haaswijk;Haaswijk;Oegstgeest;Piet;0612345678",
                "18;Poelgeest;Poelgeest;Oegstgeest;Els;0612345679"), ""), null);
        assertEquals(2, neighbourhoodGroups());
        assertEquals("17", stored("Oegstgeest", "Haaswijk").sourceKey());
        byte[] renamed = numbered(
                "17;Haaswijk (Lijtweg);Haaswijk;Oegstgeest;Piet;0612345678",
                "18;Poelgeest;Poelgeest;Oegstgeest;Els;0612345679");

        ImportPreview update = register.previewImport(renamed, "");

        assertEquals(ImportRow.Action.CHANGE, row(update, 2).action());
        assertEquals(List.of("naam: Haaswijk \u2192 Haaswijk (Lijtweg)"), row(update, 2).changes());
        assertEquals(ImportRow.Action.UNCHANGED, row(update, 3).action());
        assertEquals("Oegstgeest: 0 nieuw, 1 gewijzigd, 1 ongewijzigd, 0 dubbel", perGemeente(update).get("Oegstgeest"));
        assertEquals(List.of(), update.newGroups());
        assertEquals(List.of(), update.problems());

        register.applyImport(update, null);
        assertEquals(2, neighbourhoodGroups(), "renamed, not added");
        NeighbourhoodGroup haaswijk = stored("Oegstgeest", "Haaswijk (Lijtweg)");
        assertEquals("17", haaswijk.sourceKey());
        assertEquals("Piet", haaswijk.administrators().get(0).name());
        assertFalse(register.previewImport(renamed, "").hasChanges(), "the same file twice adds nothing the second time");
    }

    @Test
    void aNumberedRowMatchedByNameGetsItsNumberStoredAndAFileWithoutNumbersKeepsIt() {
        byte[] plain = "Groepsnaam;Wijk;Gemeente;Beheerder\nHaaswijk;Haaswijk;Oegstgeest;Piet\n".getBytes(StandardCharsets.UTF_8);
        register.applyImport(register.previewImport(plain, ""), null);
        assertEquals("", stored("Oegstgeest", "Haaswijk").sourceKey());

        ImportPreview withNumber = register.previewImport(numbered("BG-017;Haaswijk;Haaswijk;Oegstgeest;Piet;"), "");

        assertEquals(ImportRow.Action.CHANGE, row(withNumber, 2).action());
        assertEquals(List.of("nummer van de groep: BG-017"), row(withNumber, 2).changes());
        register.applyImport(withNumber, null);
        assertEquals(1, neighbourhoodGroups());
        assertEquals("BG-017", stored("Oegstgeest", "Haaswijk").sourceKey());

        assertFalse(register.previewImport(plain, "").hasChanges(), "a file without numbers neither changes nor clears them");
        assertEquals(List.of(), register.previewImport(numbered("bg 017;Haaswijk;Haaswijk;Oegstgeest;Piet;"), "")
                .rows().stream().flatMap(r -> r.changes().stream()).filter(c -> c.startsWith("nummer")).toList(),
                "the same number spelled otherwise is no change");
        ImportPreview renamed = register.previewImport(numbered("BG-017;Haaswijk-Oost;Haaswijk;Oegstgeest;Piet;"), "");
        assertEquals(List.of("naam: Haaswijk \u2192 Haaswijk-Oost"), row(renamed, 2).changes());
        register.applyImport(renamed, null);
        assertEquals(1, neighbourhoodGroups());
    }

    @Test
    void theSameNumberInAnotherGemeenteIsAnotherGroup() {
        register.applyImport(register.previewImport(numbered(
                "17;Haaswijk;Haaswijk;Oegstgeest;Piet;",
                "17;Merenwijk;Merenwijk;Leiden;Els;"), ""), null);
        assertEquals(2, neighbourhoodGroups(), "one number in two gemeenten is no duplicate");

        ImportPreview update = register.previewImport(numbered(
                "17;Merenwijk Noord;Merenwijk;Leiden;Els;",
                "17;Stevenshof;;Voorschoten;Klaas;"), "");

        assertEquals(ImportRow.Action.CHANGE, row(update, 2).action());
        assertEquals(List.of("naam: Merenwijk \u2192 Merenwijk Noord"), row(update, 2).changes());
        assertEquals(ImportRow.Action.ADD, row(update, 3).action());
        register.applyImport(update, null);
        assertEquals(3, neighbourhoodGroups());
        assertEquals("17", stored("Oegstgeest", "Haaswijk").sourceKey(), "Oegstgeest's 17 is untouched");
        assertEquals("17", stored("Voorschoten", "Stevenshof").sourceKey());
    }

    @Test
    void aNewNameAnotherGroupAlreadyHasIsNotTakenAndTheImportStillApplies() {
        register.applyImport(register.previewImport(numbered(
                "17;Haaswijk;Haaswijk;Oegstgeest;Piet;",
                "18;Poelgeest;Poelgeest;Oegstgeest;Els;"), ""), null);

        // the municipality swapped the names: two groups of one name cannot be stored, so both keep theirs
        ImportPreview swapped = register.previewImport(numbered(
                "17;Poelgeest;Haaswijk;Oegstgeest;Piet;",
                "18;Haaswijk;Poelgeest;Oegstgeest;Els;"), "");

        assertEquals(List.of(2, 3), problems(swapped, "nameTaken").stream().map(ImportProblem::line).toList());
        assertEquals("de gemeente noemt deze groep nu 'Poelgeest', maar zo heet al een andere buurtgroep; de naam blijft 'Haaswijk'",
                problems(swapped, "nameTaken").get(0).reason());
        assertEquals("Haaswijk", row(swapped, 2).name());
        register.applyImport(swapped, null);
        assertEquals("17", stored("Oegstgeest", "Haaswijk").sourceKey());
        assertEquals("18", stored("Oegstgeest", "Poelgeest").sourceKey());

        // a row with the old name of a group the file lists under its number (renamed) is not added as a second one
        ImportPreview oldNameAgain = register.previewImport(numbered(
                "17;Haaswijk-Oost;Haaswijk;Oegstgeest;Piet;",
                ";Haaswijk;Haaswijk;Oegstgeest;Kees;"), "");

        assertEquals(List.of(3), problems(oldNameAgain, "nameOfNumbered").stream().map(ImportProblem::line).toList());
        assertTrue(problems(oldNameAgain, "nameOfNumbered").stream().allMatch(p -> p.severity() == ImportProblem.Severity.SKIPPED));
        assertEquals(List.of(2), oldNameAgain.rows().stream().map(ImportRow::line).toList());
        register.applyImport(oldNameAgain, null);
        assertEquals(2, neighbourhoodGroups());
        assertEquals("17", stored("Oegstgeest", "Haaswijk-Oost").sourceKey());
    }

    @Test
    void anExportCarriesTheNumbersSoItImportsAgainWithoutDuplicatesAndARenameIsStillRecognised() throws Exception {
        register.applyImport(register.previewImport(numbered(
                "17;Haaswijk;Haaswijk;Oegstgeest;Piet;0612345678",
                "18;Poelgeest;Poelgeest;Oegstgeest;Els;0612345679"), ""), null);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        register.exportCsv(out);

        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.lines().findFirst().orElseThrow().contains(";Groepsnummer;Buurtgroep;"), text);
        assertTrue(text.contains(";17;Haaswijk;"), text);
        ImportPreview again = register.previewImport(out.toByteArray(), "");
        assertFalse(again.hasChanges(), again.describe().toString());
        assertEquals(2, again.count(ImportRow.Action.UNCHANGED));
        ImportPreview renamed = register.previewImport(text.replace(";17;Haaswijk;", ";17;Haaswijk Zuid;").getBytes(StandardCharsets.UTF_8), "");
        assertEquals(List.of(ImportRow.Action.CHANGE), renamed.rows().stream().filter(r -> r.name().equals("Haaswijk Zuid"))
                .map(ImportRow::action).toList());
        assertEquals(0, renamed.count(ImportRow.Action.ADD));
    }

    @Test
    void noWijkIsInventedFromANameAndThePreviewSaysSo() {
        ImportPreview preview = register.previewImport(fixture(KERN_FILE), "");

        assertEquals("Merenwijk", row(preview, 4).wijk(), "Merenwijk is given in another row of Leiden");
        assertTrue(row(preview, 4).wijkFromName());
        assertEquals("", row(preview, 5).wijk(), "Café-buurt is no known wijk");
        assertEquals("(geen wijk)", ImportPreview.wijkText(row(preview, 5)));
        assertTrue(problems(preview, "wijkUnknown").stream().anyMatch(p -> p.line() == 5 && p.reason().startsWith("geen wijk")));
    }

    @Test
    void utf16LittleAndBigEndianWithABomAreReadWithoutNulBytes() {
        String tabbed = kernText().replace(';', '\t');
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, tabbed.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, kernText().replace(';', ',').getBytes(StandardCharsets.UTF_16BE));

        ImportPreview fromLe = register.previewImport(le, "");
        ImportPreview fromBe = register.previewImport(be, "");

        assertEquals("UTF-16 LE", fromLe.encoding());
        assertEquals('\t', fromLe.separator());
        assertEquals("UTF-16 BE", fromBe.encoding());
        assertEquals(',', fromBe.separator());
        for (ImportPreview p : List.of(fromLe, fromBe)) {
            assertEquals("Karel Noë", row(p, 2).administrators().get(0).name());
            assertEquals(9, p.count(ImportRow.Action.ADD));
            assertTrue(p.rows().stream().noneMatch(r -> r.name().indexOf('\0') >= 0));
        }
    }

    @Test
    void nulAndOtherControlCharactersAreRefusedWithTheirLineNumber() {
        byte[] csv = ("Groepsnaam;Gemeente;Beheerder\n"
                + "Haaswijk;Oegstgeest;Piet\n"
                + "Poel\u0000geest;Oegstgeest;Els\n"
                + "Morsebel;Oegstgeest;Kla\u0007as\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = register.previewImport(csv, "");

        assertEquals(List.of("Haaswijk"), preview.rows().stream().map(ImportRow::name).toList());
        assertEquals(List.of(3, 4), problems(preview, "control").stream().map(ImportProblem::line).toList());
        assertTrue(problems(preview, "control").stream().allMatch(p -> p.severity() == ImportProblem.Severity.SKIPPED));
        register.applyImport(preview, null);
        assertEquals(1, neighbourhoodGroups());
    }

    @Test
    void overLongValuesAreRefusedWithTheirLineNumbers() {
        String head = "Groepsnaam;Gemeente;Beheerder;Telefoon;E-mail;Opmerkingen\n";
        byte[] csv = (head
                + "x".repeat(121) + ";Leiden;Jan;;;\n"
                + "B;Leiden;" + "Jan".repeat(1_000_000) + ";;;\n"
                + "C;Leiden;Jan;0612345678 toestel 1234567;;\n"
                + "D;Leiden;Jan;;" + "a".repeat(250) + "@x.nl;\n"
                + "E;Leiden;Jan;;;" + "o".repeat(501) + "\n"
                + "F;Leiden;" + "J".repeat(120) + ";+31 (0)6 12 34 56 78;;" + "o".repeat(500) + "\n").getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = register.previewImport(csv, "");

        assertEquals(List.of("F"), preview.rows().stream().map(ImportRow::name).toList(), "limits themselves are allowed");
        Map<Integer, String> skipped = preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED)
                .collect(Collectors.toMap(ImportProblem::line, ImportProblem::reason));
        assertEquals("groepsnaam langer dan 120 tekens", skipped.get(2));
        assertEquals("naam van een beheerder langer dan 120 tekens", skipped.get(3));
        assertEquals("telefoonnummer langer dan 20 tekens", skipped.get(4));
        assertEquals("e-mailadres langer dan 254 tekens", skipped.get(5));
        assertEquals("een waarde (bijv. opmerkingen) langer dan 500 tekens", skipped.get(6));
    }

    @Test
    void anEmptyFileAndAFileWithOnlyAHeaderSaySoAndWriteNothing() {
        ImportPreview empty = register.previewImport(new byte[0], "Leiden");
        ImportPreview header = register.previewImport("Groepsnaam;Wijk;Beheerder\r\n".getBytes(StandardCharsets.UTF_8), "Leiden");

        assertEquals(List.of("het bestand is leeg"), empty.problems().stream().map(ImportProblem::reason).toList());
        assertFalse(empty.hasChanges());
        assertTrue(header.problems().stream().anyMatch(p -> p.reason().equals("alleen een kopregel, geen groepen")), header.problems().toString());
        assertFalse(header.hasChanges());
        assertEquals(List.of(), header.rows());
    }

    @Test
    void duplicateHeadersAreReportedAndTheFirstIsRead() {
        byte[] csv = "Groepsnaam;Gemeente;Groepsnaam;Telefoon;Telefoon\nHaaswijk;Oegstgeest;Anders;0612345678;0699999999\n"
                .getBytes(StandardCharsets.UTF_8);

        ImportPreview preview = register.previewImport(csv, "");

        assertEquals(List.of("Haaswijk"), preview.rows().stream().map(ImportRow::name).toList());
        List<ImportProblem> dup = problems(preview, "duplicateHeader");
        assertEquals(2, dup.size(), dup.toString());
        assertTrue(dup.get(0).reason().contains("'Groepsnaam' staat er twee keer"), dup.get(0).reason());
        assertEquals(1, dup.get(0).line());
    }

    @Test
    void filesInAnotherEncodingAreRefusedNamingTheFileAndNothingIsWritten() {
        byte[] utf32 = concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, "Groepsnaam\nA\n".getBytes(Charset.forName("UTF-32BE")));
        byte[] utf16NoBom = "Groepsnaam;Gemeente\nHaaswijk;Oegstgeest\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] xlsx = concat(new byte[] {'P', 'K', 3, 4}, new byte[100]);
        byte[] notCp1252 = concat("Groepsnaam;Gemeente\nHaas".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81, '\n'});
        byte[] brokenUtf8WithBom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'G', ';', (byte) 0xC3, '\n'};

        for (byte[] bad : List.of(utf32, utf16NoBom, xlsx, notCp1252, brokenUtf8WithBom)) {
            ImportFileException e = assertThrows(ImportFileException.class, () -> register.previewImport("register.csv", bad, "Leiden"));
            assertTrue(e.getMessage().startsWith("Het bestand register.csv is niet ingelezen: ") && e.getMessage().endsWith("Er is niets opgeslagen."),
                    e.getMessage());
        }
        assertTrue(register.search("", true).isEmpty());
    }

    @Test
    void aFileOver20MbOrOver100000RowsIsRefusedBeforeReading() throws Exception {
        Path big = dir.resolve("groot.csv");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(20L * 1024 * 1024 + 1); // sparse: nothing is written, and nothing should be read
        }
        ImportFileException large = assertThrows(ImportFileException.class, () -> register.previewImport(big, "Leiden"));
        assertTrue(large.getMessage().contains("groot.csv") && large.getMessage().contains("20 MB"), large.getMessage());

        Path many = dir.resolve("veel.csv");
        Files.writeString(many, "Groepsnaam\n" + "a\n".repeat(100_001), StandardCharsets.UTF_8);
        ImportFileException rows = assertThrows(ImportFileException.class, () -> register.previewImport(many, "Leiden"));
        assertTrue(rows.getMessage().contains("veel.csv") && rows.getMessage().contains("100.000 regels"), rows.getMessage());
    }

    @Test
    void alikeProblemsAreOneLineWithTheirCountAndLineNumbers() {
        StringBuilder csv = new StringBuilder("Groepsnaam;Wijk;Gemeente;Beheerder;Telefoon\n");
        for (int i = 0; i < 60; i++) {
            csv.append("Groep ").append(i).append(";Noord;Leiden;Jan ").append(i).append(";12").append(i).append('\n');
        }
        csv.append(";Noord;Leiden;Piet;0612345678\n");

        List<ProblemGroup> groups = register.previewImport(csv.toString().getBytes(StandardCharsets.UTF_8), "").problemGroups();

        assertEquals(2, groups.size(), groups.toString());
        assertEquals("overgeslagen (1\u00d7): groepsnaam ontbreekt \u2013 regel 62", groups.get(0).line());
        assertEquals("let op (60\u00d7): telefoonnummer niet herkend; overgenomen zoals het er staat \u2013 regel 2-61", groups.get(1).line());
        assertEquals(60, groups.get(1).problems().size());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

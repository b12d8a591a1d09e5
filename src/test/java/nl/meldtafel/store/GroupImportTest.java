package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.GroupDetail;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportProblem;
import nl.meldtafel.groups.ImportRow;
import nl.meldtafel.groups.NeighbourhoodGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupImportTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Good rows, bad rows, a duplicate and a coordinator of two groups, as Dutch Excel saves it. */
    private static final String MIXED = "Naam groep;Wijk;Coördinator;Mobiel;E-mailadres;Gemeente\r\n"
            + "Literatuurwijk (Hildebrandstraat);Literatuurwijk;Jan de Vries;06-12345678;jan@example.org;Leiden\r\n"
            + "Merenwijk Noord;Merenwijk;Karel;T 0611111111;;Leiden\r\n"
            + ";Merenwijk;Piet;0622222222;;Leiden\r\n"
            + "\"Stevenshof;Stevenshof;Els;0633333333;;Leiden\r\n"
            + "Merenwijk Zuid;Merenwijk;Jan de Vries;+31 6 12345678;;Leiden\r\n"
            + "literatuurwijk  (Hildebrandstraat);Literatuurwijk;Ria;0644444444;;Leiden\r\n"
            + ";;;;;\r\n";

    @TempDir
    Path dir;
    private Storage storage;
    private GroupRegister register;

    @BeforeEach
    void open() {
        storage = Storage.open(dir, new MutableClock(Instant.parse("2026-11-23T13:00:00Z")));
        register = storage.groupRegister();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private static byte[] withBom(String csv) {
        byte[] text = csv.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(text, 0, all, BOM.length, text.length);
        return all;
    }

    @Test
    void previewListsAddsProblemsByLineAndDuplicatesAndWritesNothing() {
        ImportPreview preview = register.previewImport(withBom(MIXED), "");

        assertEquals("UTF-8 (BOM)", preview.encoding());
        assertEquals("Naam groep", preview.columns().get(0).header()); // the BOM is not part of the header
        assertEquals(List.of(2, 3, 6, 7), preview.rows().stream().map(ImportRow::line).toList());
        assertEquals(List.of(ImportRow.Action.ADD, ImportRow.Action.ADD, ImportRow.Action.ADD, ImportRow.Action.DUPLICATE),
                preview.rows().stream().map(ImportRow::action).toList());
        assertEquals(List.of(4, 5), preview.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED)
                .map(ImportProblem::line).toList());
        assertTrue(problem(preview, 4).contains("groepsnaam ontbreekt"));
        assertTrue(problem(preview, 5).contains("aanhalingstekens"));
        assertTrue(problem(preview, 7).contains("regel 2"), problem(preview, 7));
        assertEquals(2, preview.newGroups().size()); // Beheerders Literatuurwijk, Beheerders Merenwijk
        // the coordinator of two groups is one person, whatever way the number was written
        ImportRow.Person jan = preview.rows().get(2).administrators().get(0);
        assertEquals(new ImportRow.Person("Jan de Vries", "06-12345678", "jan@example.org", false), jan);

        assertTrue(register.search("", true).isEmpty(), "a preview writes nothing");
        assertTrue(storage.groupRegister().previewImport(withBom(MIXED), "").hasChanges());
    }

    private static String problem(ImportPreview p, int line) {
        return p.problems().stream().filter(x -> x.line() == line).map(ImportProblem::reason).findFirst().orElse("(none)");
    }

    @Test
    void confirmedImportBuildsBeheerdersgroepenPerWijkWithTheirAdministrators() {
        register.applyImport(register.previewImport(withBom(MIXED), ""), null);

        assertEquals(List.of("Beheerders Literatuurwijk", "Beheerders Merenwijk"),
                register.search("", true).stream().map(i -> i.group().name()).toList());
        long merenwijk = register.search("Merenwijk", false).get(0).group().id();
        GroupDetail detail = register.detail(merenwijk);
        assertEquals(List.of("Merenwijk Noord", "Merenwijk Zuid"), detail.neighbourhoodGroups().stream().map(NeighbourhoodGroup::name).toList());
        assertEquals("06-11111111", detail.neighbourhoodGroups().get(0).administrators().get(0).phone());
        // Jan runs groups in two wijken: one person in the register
        assertEquals(1, storage.groupRegister().search("jan@example.org", false).stream().filter(i -> i.group().wijk().equals("Merenwijk")).count());
        GroupDetail literatuur = register.detail(register.search("Literatuurwijk", false).get(0).group().id());
        assertEquals(List.of("Jan de Vries", "Ria"), literatuur.administrators().stream().map(r -> r.administrator().name()).toList());
        long janIds = register.detail(merenwijk).administrators().stream().map(r -> r.administrator())
                .filter(a -> a.name().equals("Jan de Vries")).map(Administrator::id)
                .filter(id -> literatuur.administrators().stream().anyMatch(r -> r.administrator().id() == id)).count();
        assertEquals(1, janIds);
    }

    @Test
    void reimportRecognisesEverythingAndOnlyChangesWhatChanged() {
        register.applyImport(register.previewImport(withBom(MIXED), ""), null);

        ImportPreview again = register.previewImport(withBom(MIXED), "");
        assertFalse(again.hasChanges(), again.describe().toString());
        assertEquals(0, again.newGroups().size());

        String moved = MIXED.replace("Karel;T 0611111111", "Karel / Karin;T 0611111111 / 0612121212").replace("jan@example.org", "jan.devries@example.org");
        ImportPreview changed = register.previewImport(withBom(moved), "");
        assertEquals(2, changed.count(ImportRow.Action.CHANGE), changed.describe().toString());
        register.applyImport(changed, null);
        assertEquals(2, register.search("jan.devries@example.org", false).size()); // he runs groups in two wijken
        GroupDetail merenwijk = register.detail(register.search("Merenwijk", false).get(0).group().id());
        assertEquals(List.of("Karel", "Karin", "Jan de Vries"), merenwijk.administrators().stream().map(r -> r.administrator().name()).toList());
        assertEquals("jan.devries@example.org", merenwijk.administrators().get(2).administrator().email());
        assertEquals("06-12121212", merenwijk.administrators().get(1).administrator().phone());
    }

    @Test
    void commaSeparatedWindows1252FileKeepsItsAccents() {
        String csv = "Groepsnaam,Buurt,Beheerder,Telefoon\r\n"
                + "Café de Hoek,Scheveningen-Dorp,José Noël,06-55555555\r\n"
                + "Ruïnekwartier,Ruïne,Zoë Brandsma,0655555556\r\n";
        byte[] cp1252 = csv.getBytes(java.nio.charset.Charset.forName("windows-1252"));

        ImportPreview preview = register.previewImport(cp1252, "Den Haag");

        assertEquals("Windows-1252", preview.encoding());
        assertEquals(',', preview.separator());
        assertEquals("Café de Hoek", preview.rows().get(0).name());
        assertEquals("José Noël", preview.rows().get(0).administrators().get(0).name());
        assertEquals("Zoë Brandsma", preview.rows().get(1).administrators().get(0).name());
        assertEquals("Den Haag", preview.rows().get(1).gemeente());
    }

    @Test
    void semicolonAndCommaFilesReadTheSame() {
        String semicolon = "Groepsnaam;Wijk;Beheerder;Telefoon\nA;Noord;Jan;0612345678\n";
        String comma = "Groepsnaam,Wijk,Beheerder,Telefoon\nA,Noord,Jan,0612345678\n";

        ImportPreview a = register.previewImport(semicolon.getBytes(StandardCharsets.UTF_8), "Leiden");
        ImportPreview b = register.previewImport(comma.getBytes(StandardCharsets.UTF_8), "Leiden");

        assertEquals(a.rows(), b.rows());
        assertEquals(1, a.rows().size());
    }

    @Test
    void aFailureHalfwayThroughTheImportWritesNothing() throws Exception {
        register.addGroup(new GroupInput("Beheerders Noord", "Noord", "Leiden", true, ""), null);
        int before = register.search("", true).size();
        ImportPreview preview = register.previewImport(("Groepsnaam;Wijk;Beheerder;Telefoon\n"
                + "A;Noord;Jan;0612345678\nB;Zuid;Piet;0612345679\nBoom;Zuid;Klaas;0612345670\n")
                .getBytes(StandardCharsets.UTF_8), "Leiden");
        // the third neighbourhood group fails in the database, after the first two were written
        Fixtures.exec(Storage.databaseFile(dir), "CREATE TRIGGER boom BEFORE INSERT ON neighbourhood_group "
                + "WHEN NEW.name = 'Boom' BEGIN SELECT RAISE(ABORT, 'simulated failure'); END");

        assertThrows(StorageException.class, () -> register.applyImport(preview, null));

        assertEquals(before, register.search("", true).size());
        assertTrue(register.detail(register.search("Noord", true).get(0).group().id()).neighbourhoodGroups().isEmpty());
        try (var c = Fixtures.raw(Storage.databaseFile(dir)); var st = c.createStatement();
             var rs = st.executeQuery("SELECT (SELECT count(*) FROM neighbourhood_group) + (SELECT count(*) FROM administrator)")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void confirmingAStalePreviewIsRefused() {
        ImportPreview preview = register.previewImport("Groepsnaam;Wijk\nA;Noord\n".getBytes(StandardCharsets.UTF_8), "Leiden");
        register.addGroup(new GroupInput("Beheerders Noord", "Noord", "Leiden", true, ""), null);

        assertThrows(IllegalStateException.class, () -> register.applyImport(preview, null));
    }

    @Test
    void exportIsSemicolonUtf8WithBomAndImportsAgainUnchanged() throws Exception {
        register.applyImport(register.previewImport(withBom(MIXED), ""), null);
        register.addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", false, "=HYPERLINK(\"x\")"), null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        register.exportCsv(out);

        byte[] bytes = out.toByteArray();
        assertEquals((byte) 0xEF, bytes[0]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.lines().findFirst().orElseThrow().startsWith("\uFEFFBeheerdersgroep;"), text);
        assertTrue(text.contains("'=HYPERLINK"), "formula-like cells are kept as text for Excel");
        ImportPreview again = register.previewImport(bytes, "");
        assertFalse(again.hasChanges(), again.describe().toString());
        assertEquals(List.of(), again.problems().stream().filter(p -> p.severity() == ImportProblem.Severity.SKIPPED).toList());
    }
}

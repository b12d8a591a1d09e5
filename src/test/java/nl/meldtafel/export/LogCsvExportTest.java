package nl.meldtafel.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCsvExportTest {

    private static final FollowUpPolicy HOUR = new FollowUpPolicy(true, Duration.ofHours(1), null);
    private static final String[] HEADER = {"Nummer", "Soort", "Aangemaakt", "Verstuurd", "Agent", "Status",
            "Afloopbericht verwacht", "Gesloten", "Sluitreden", "Vervolg op", "Groepen", "Wijk", "Gemeente", "Tekst"};

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:32:00Z"));
    private Storage storage;
    private Actor noel;
    private long merenwijk;
    private long stevenshof;

    @BeforeEach
    void logWithARegister() {
        storage = Storage.open(dir, clock);
        noel = new Actor(storage.officers().register("José Noël", "123456"), "desk");
        GroupRegister register = storage.groupRegister();
        merenwijk = register.addGroup(new GroupInput("Beheerders Merenwijk", "Merenwijk", "Leiden", true, "bel Kees eerst"), null);
        stevenshof = register.addGroup(new GroupInput("Beheerders Stevenshof", "Stevenshof", "Leiden", true, ""), null);
        long buurt = register.addNeighbourhoodGroup(merenwijk, new NeighbourhoodInput("Merenwijk (Vondellaan)", "Merenwijk", "Leiden"), null);
        register.addAdministrator(buurt, new AdministratorInput("Kees de Boer", "0612345678", "kees.deboer@example.org"), null);
        long other = register.addNeighbourhoodGroup(stevenshof, new NeighbourhoodInput("Stevenshof (Trompet)", "Stevenshof", "Leiden"), null);
        register.addAdministrator(other, new AdministratorInput("Zoë Brandsma", "+31 6 87654321", "zoe@example.org"), null);
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private long sent(MessageKind kind, String text, Long parent, List<Long> groups) {
        long id = storage.alertService().recordPending(new NewAlert(kind, kind.jsonName(), "h", "{}", text, parent,
                kind == MessageKind.HETERDAAD ? HOUR : FollowUpPolicy.NONE, groups), noel);
        storage.alertService().confirmSent(id, groups, noel);
        return id;
    }

    private byte[] export(AlertQuery query) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LogCsvExport.of(storage, MutableClock.AMSTERDAM).write(query, out);
        return out.toByteArray();
    }

    private static List<String[]> read(byte[] csv) throws Exception {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals('\uFEFF', text.charAt(0), "starts with a BOM");
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(';');
        try (MappingIterator<String[]> rows = mapper.readerFor(String[].class).with(schema).readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    @Test
    void headerIsDutchSemicolonSeparatedAfterABom() throws Exception {
        sent(MessageKind.GETUIGENOPROEP, "Wie zag de aanrijding?", null, List.of(merenwijk));

        byte[] csv = export(AlertQuery.all());

        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String firstLine = new String(csv, StandardCharsets.UTF_8).substring(1).lines().findFirst().orElseThrow();
        assertEquals(String.join(";", HEADER), firstLine);
        assertArrayEquals(HEADER, read(csv).get(0));
    }

    @Test
    void rowsCarryKindTimesOfficerStatusClosureAndGroups() throws Exception {
        long inbraak = sent(MessageKind.HETERDAAD, "*HETERDAAD*\nWoninginbraak aan de Vondellaan.", null, List.of(merenwijk, stevenshof));
        clock.advance(Duration.ofMinutes(40));
        long afloop = sent(MessageKind.AFLOOPBERICHT, "*AFLOOPBERICHT*\nVerdachte aangehouden.", inbraak, List.of(merenwijk, stevenshof));

        List<String[]> rows = read(export(AlertQuery.all()));

        assertEquals(3, rows.size());
        String[] newest = rows.get(1);
        assertEquals(String.valueOf(afloop), newest[0]);
        assertEquals("Afloopbericht", newest[1]);
        assertEquals(String.valueOf(inbraak), newest[9]);
        String[] original = rows.get(2);
        assertEquals(List.of(String.valueOf(inbraak), "Heterdaad", "23-11-2026 14:32", "23-11-2026 14:32", "José Noël",
                        "Gesloten", "", "23-11-2026 15:12", "afloopbericht " + afloop, "",
                        "Beheerders Merenwijk / Beheerders Stevenshof", "Merenwijk / Stevenshof", "Leiden",
                        "*HETERDAAD*\nWoninginbraak aan de Vondellaan."),
                List.of(original));
    }

    @Test
    void dutchCharactersAndALongTextWithQuotesNewlinesAndSemicolonsRoundTrip() throws Exception {
        StringBuilder text = new StringBuilder("Vermist: Zoë (82), café \"De Hoek\"; laatst gezien op de Rijnsburgerweg.\r\n");
        while (text.length() < 10_000) {
            text.append("Regel ").append(text.length()).append(": \"citaat\"; puntkomma, komma\nen één ë é ï ü 🙂\n");
        }
        text.setLength(9_999);
        String longText = text + (Character.isHighSurrogate(text.charAt(9_998)) ? "\uDE42" : "x");
        sent(MessageKind.VERMISSING, longText, null, List.of(stevenshof));

        List<String[]> rows = read(export(AlertQuery.all()));

        assertEquals(2, rows.size());
        assertEquals(10_000, longText.length());
        assertEquals(longText.replace("\r\n", "\n"), rows.get(1)[13].replace("\r\n", "\n"));
        assertEquals("José Noël", rows.get(1)[4]);
    }

    @Test
    void noAdministratorPhoneOrEmailAppearsEvenWhenAlertsTargetTheirGroups() throws Exception {
        sent(MessageKind.HETERDAAD, "Inbraak Vondellaan", null, List.of(merenwijk));
        sent(MessageKind.WAARSCHUWING, "Let op babbeltrucs", null, List.of(merenwijk, stevenshof));

        String csv = new String(export(AlertQuery.all()), StandardCharsets.UTF_8);

        assertTrue(csv.contains("Beheerders Merenwijk"), csv);
        for (String personal : List.of("06-12345678", "0612345678", "12345678", "kees.deboer@example.org", "example.org",
                "06-87654321", "87654321", "zoe@example.org", "Kees de Boer", "Zoë Brandsma", "bel Kees eerst")) {
            assertFalse(csv.contains(personal), "the export holds " + personal);
        }
    }

    @Test
    void everyPageOfTheQueryIsWrittenNewestFirstWithinTheFilters() throws Exception {
        for (int i = 0; i < AlertQuery.MAX_LIMIT + 20; i++) {
            sent(MessageKind.GETUIGENOPROEP, "Oproep " + i, null, List.of());
            clock.advance(Duration.ofMinutes(1));
        }
        sent(MessageKind.WAARSCHUWING, "=HYPERLINK(\"http://evil\")", null, List.of());

        List<String[]> all = read(export(AlertQuery.all().limit(10)));
        List<String[]> oproepen = read(export(AlertQuery.all().kinds(MessageKind.GETUIGENOPROEP)));

        assertEquals(AlertQuery.MAX_LIMIT + 22, all.size());
        assertEquals("'=HYPERLINK(\"http://evil\")", all.get(1)[13], "a formula stays text in Excel");
        assertEquals("Oproep " + (AlertQuery.MAX_LIMIT + 19), oproepen.get(1)[13]);
        assertEquals("Oproep 0", oproepen.get(oproepen.size() - 1)[13]);
        assertEquals(AlertQuery.MAX_LIMIT + 21, oproepen.size());
    }

    @Test
    void periodAndStatusFiltersApply() throws Exception {
        sent(MessageKind.HETERDAAD, "Gisteren", null, List.of());
        clock.advance(Duration.ofDays(1));
        long today = sent(MessageKind.HETERDAAD, "Vandaag", null, List.of());
        Instant startOfToday = LocalDate.of(2026, 11, 24).atStartOfDay(MutableClock.AMSTERDAM).toInstant();

        List<String[]> rows = read(export(AlertQuery.all().period(startOfToday, null).statuses(AlertStatus.SENT)));

        assertEquals(2, rows.size());
        assertEquals(String.valueOf(today), rows.get(1)[0]);
        assertEquals("Open", rows.get(1)[5], "a heterdaad awaiting its afloopbericht is open, not done");
        assertEquals("24-11-2026 15:32", rows.get(1)[6]);
    }

    @Test
    void emptyLogGivesOnlyTheHeader() throws Exception {
        assertEquals(1, read(export(AlertQuery.all())).size());
    }
}

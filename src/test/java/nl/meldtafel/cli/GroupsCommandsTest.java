package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.account.Role;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsCommandsTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    private DefaultDataFolder folders() {
        return () -> DataFolder.defaultFolder(java.util.Map.of(), "Linux", dir);
    }

    @Test
    void importPrintsThePreviewAndWritesOnlyWithYes() throws Exception {
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, "Groepsnaam;Wijk;Beheerder;Telefoon\nMerenwijk (Zijlstraat);Merenwijk;Jan;0612345678\n;;x;\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        Storage.open(data, clock).close(); // the desk's first start made the log; commands never do
        GroupsImportCommand command = new GroupsImportCommand(folders(), clock);

        CommandRun preview = CommandRun.run(command, csv.toString(), "--data-dir", data.toString(), "--gemeente", "Leiden");
        assertEquals(0, preview.exit(), preview.toString());
        assertTrue(preview.out().contains("regel 2: nieuw: Merenwijk (Zijlstraat)"), preview.out());
        assertTrue(preview.out().contains("overgeslagen (1\u00d7): groepsnaam ontbreekt \u2013 regel 3"), preview.out());
        assertTrue(preview.out().contains("Nothing written"), preview.out());
        try (Storage s = Storage.open(data, clock)) {
            assertTrue(s.groupRegister().search("", true).isEmpty());
        }

        CommandRun confirmed = CommandRun.run(command, csv.toString(), "--data-dir", data.toString(), "--gemeente", "Leiden", "--yes");
        assertEquals(0, confirmed.exit(), confirmed.toString());
        try (Storage s = Storage.open(data, clock)) {
            assertEquals("Beheerders Merenwijk", s.groupRegister().search("", true).get(0).group().name());
        }

        Path out = dir.resolve("export.csv");
        CommandRun export = CommandRun.run(new GroupsExportCommand(folders(), clock), out.toString(), "--data-dir", data.toString());
        assertEquals(0, export.exit(), export.toString());
        String written = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(written.contains("Merenwijk (Zijlstraat);Merenwijk;Leiden;Jan;06-12345678"), written);
    }

    @Test
    void importPrintsThePerGemeenteSummaryAndGroupedProblemsLikeTheDialog() throws Exception {
        Path csv = dir.resolve("regio.csv");
        Files.write(csv, ("Kern;Naam groep;Beheerder;Telefoon\r\n"
                + "Leiden;Merenwijk Noord;Jan;0612345678\r\n"
                + "Oegstgeest;Haaswijk;Piet;0612345679\r\n"
                + "Oegstgeest;Poelgeest;Klaas;12\r\n"
                + "Oegstgeest;Morsebel;Els;34\r\n"
                + ";Dorp zonder kern;Ria;0612345670\r\n").getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Path data = dir.resolve("data");
        Storage.open(data, clock).close();
        GroupsImportCommand command = new GroupsImportCommand(folders(), clock);

        CommandRun run = CommandRun.run(command, csv.toString(), "--data-dir", data.toString());

        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("Leiden: 1 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 dubbel"), run.out());
        assertTrue(run.out().contains("Oegstgeest: 3 nieuw, 0 gewijzigd, 0 ongewijzigd, 0 dubbel"), run.out());
        assertTrue(run.out().contains("Zonder gemeente (niet ingelezen): 1"), run.out());
        assertTrue(run.out().contains("let op (2\u00d7): telefoonnummer niet herkend; overgenomen zoals het er staat \u2013 regel 4, 5"),
                run.out());
        assertTrue(run.out().contains("overgeslagen (1\u00d7): gemeente onbekend"), run.out());

        CommandRun filled = CommandRun.run(command, csv.toString(), "--data-dir", data.toString(), "--gemeente", "Leiden", "--yes");
        assertEquals(0, filled.exit(), filled.toString());
        try (Storage s = Storage.open(data, clock)) {
            assertEquals(List.of("Beheerders Leiden", "Beheerders Oegstgeest"),
                    s.groupRegister().search("", true).stream().map(i -> i.group().name()).toList());
            assertEquals(List.of("Leiden", "Oegstgeest"), s.groupRegister().gemeenten());
        }
    }

    @Test
    void anUnreadableEncodingIsRefusedNamingTheFileAndWritesNothing() throws Exception {
        Path csv = dir.resolve("register-utf32.csv");
        Files.write(csv, "Groepsnaam;Wijk\nA;Noord\n".getBytes(java.nio.charset.Charset.forName("UTF-32")));
        byte[] withBom = new byte[(int) Files.size(csv) + 4];
        withBom[2] = (byte) 0xFE;
        withBom[3] = (byte) 0xFF;
        System.arraycopy(Files.readAllBytes(csv), 0, withBom, 4, withBom.length - 4);
        Files.write(csv, withBom);
        Path data = dir.resolve("data");
        Storage.open(data, clock).close();

        CommandRun run = CommandRun.run(new GroupsImportCommand(folders(), clock), csv.toString(), "--data-dir", data.toString(), "--yes");

        assertEquals(1, run.exit(), run.toString());
        assertTrue(run.err().contains("register-utf32.csv") && run.err().contains("niets opgeslagen"), run.err());
        try (Storage s = Storage.open(data, clock)) {
            assertTrue(s.groupRegister().search("", true).isEmpty());
        }
    }

    @Test
    void importWithoutAFileShowsUsage() {
        assertEquals(2, CommandRun.run(new GroupsImportCommand(folders(), clock)).exit());
    }

    @Test
    void onceTheLogHasAccountsAnImportIsWrittenOnlyAsATeamchef() throws Exception {
        Path csv = dir.resolve("register.csv");
        Files.writeString(csv, "Groepsnaam;Wijk;Beheerder;Telefoon\nMerenwijk (Zijlstraat);Merenwijk;Jan;0612345678\n",
                StandardCharsets.UTF_8);
        Path data = dir.resolve("data");
        try (Storage s = Storage.open(data, clock)) {
            AccountService accounts = s.accountsWith(new PasswordHashing(1_000, new SecureRandom()));
            Actor chef = Actor.of(accounts.createFirst("K. de Boer", "100200", "Teamchef-2026".toCharArray(), "pc").officer());
            accounts.add(chef, "J. Jansen", "100300", Set.of(Role.OPCO), List.of(), "Opco-wachtwoord".toCharArray());
        }
        GroupsImportCommand command = new GroupsImportCommand(folders(), clock);
        String[] args = {csv.toString(), "--data-dir", data.toString(), "--gemeente", "Leiden", "--yes"};

        assertEquals(0, CommandRun.run(command, csv.toString(), "--data-dir", data.toString()).exit(), "a preview needs no one");
        assertEquals(2, CommandRun.run(command, args).exit(), "who imports must be said");
        CommandRun opco = CommandRun.withStdin(command, "Opco-wachtwoord\n", concat(args, "--as", "100300"));
        assertEquals(1, opco.exit(), opco.toString());
        assertTrue(opco.err().contains("100300 may not do this"), opco.err());
        try (Storage s = Storage.open(data, clock)) {
            assertTrue(s.groupRegister().search("", true).isEmpty(), "nothing written for the OpCo");
        }
        CommandRun chef = CommandRun.withStdin(command, "Teamchef-2026\n", concat(args, "--as", "100200"));
        assertEquals(0, chef.exit(), chef.toString());
        try (Storage s = Storage.open(data, clock)) {
            assertEquals(1, s.groupRegister().search("", true).size());
            assertEquals("100200", s.audit().entriesAfter(0, 100).stream().map(e -> e.record())
                    .filter(r -> r.event() == nl.meldtafel.alert.AuditEvent.GROUP_CREATED).findFirst().orElseThrow().actorNumber(),
                    "the chain names the teamchef who imported");
        }
    }

    private static String[] concat(String[] args, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}

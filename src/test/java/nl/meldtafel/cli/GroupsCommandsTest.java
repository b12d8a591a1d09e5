package nl.meldtafel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupsCommandsTest {

    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T13:00:00Z"));

    private LogVerifyCommand.DataFolderResolver folders() {
        return args -> DataFolder.resolve(args, java.util.Map.of(), "Linux", dir);
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
        assertTrue(preview.out().contains("regel 3: overgeslagen: groepsnaam ontbreekt"), preview.out());
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
    void importWithoutAFileShowsUsage() {
        assertEquals(2, CommandRun.run(new GroupsImportCommand(folders(), clock)).exit());
    }
}

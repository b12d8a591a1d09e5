package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.groups.ImportFileException;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportResult;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code groups import}: prints what a municipal register CSV would change; writes only with --yes. */
@picocli.CommandLine.Command(
        customSynopsis = "groups import FILE [--gemeente NAME] [--yes] [--as NUMBER] [--data-dir DIR]",
        description = {"preview a register CSV; write it with --yes",
                "Prints what it would add, change and skip per row, the counts per gemeente and the problems; "
                        + "the same file twice adds nothing."})
public final class GroupsImportCommand extends AdminCommand {

    @Parameters(paramLabel = "FILE", description = "The municipal register (CSV from Excel).")
    private String file;
    @Option(names = "--gemeente", paramLabel = "NAME", description = "The gemeente for rows that name none.")
    private String gemeente = "";
    @Option(names = "--yes", description = "Import; without it nothing is written.")
    private boolean yes;
    @Option(names = "--as", paramLabel = "NUMBER", description = "Once the log has accounts: the teamchef who imports.")
    private String as;
    @Mixin
    private DataDirOption data;

    private final Clock clock;

    public GroupsImportCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("groups", "import");
    }

    @Override
    public Integer call() {
        Path csv = Path.of(file);
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
            io.err().println("Could not read " + file);
            return 2;
        }
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            ImportPreview preview;
            try {
                preview = storage.groupRegister().previewImport(csv, gemeente);
            } catch (IOException e) {
                io.err().println("Could not read " + file + ": " + e.getMessage());
                return 2;
            } catch (ImportFileException e) {
                io.err().println(e.getMessage()); // names the file and why; nothing was written
                return 1;
            }
            preview.describe().forEach(io.out()::println);
            if (!yes) {
                io.out().println("Nothing written; run again with --yes to import.");
                return 0;
            }
            Actor by = actingAs(storage.accounts(), as, data.environment(), new PasswordInput(io),
                    "import --as a teamchef's personnel number", Permission.REGISTER).orElse(null);
            ImportResult result = storage.groupRegister().applyImport(preview, by);
            io.out().println("Imported: " + result.added() + " added, " + result.changed() + " changed, "
                    + result.newGroups() + " new beheerdersgroepen.");
            return 0;
        } catch (StorageException | IllegalStateException e) {
            io.err().println(e.getMessage());
            return 1;
        }
    }
}

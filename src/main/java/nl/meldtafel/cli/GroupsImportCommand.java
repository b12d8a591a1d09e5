package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.groups.ImportFileException;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportResult;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/** {@code groups import}: prints what a municipal register CSV would change; writes only with --yes. */
public final class GroupsImportCommand implements Command {

    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public GroupsImportCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    public GroupsImportCommand(LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("groups", "import");
    }

    @Override
    public String usage() {
        return "groups import FILE [--data-dir DIR] [--gemeente NAME] [--yes]   preview a register CSV; write it with --yes";
    }

    @Override
    public int run(List<String> args, Io io) {
        List<String> rest = new ArrayList<>(DataFolder.withoutOption(args));
        boolean yes = rest.remove("--yes");
        String gemeente = "";
        int g = rest.indexOf("--gemeente");
        if (g >= 0 && g + 1 < rest.size()) {
            gemeente = rest.get(g + 1);
            rest.subList(g, g + 2).clear();
        }
        if (rest.size() != 1 || rest.get(0).startsWith("--")) {
            io.err().println("usage: " + usage());
            return 2;
        }
        Path csv = Path.of(rest.get(0));
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
            io.err().println("Could not read " + rest.get(0));
            return 2;
        }
        Path folder = folders.resolve(args);
        if (LogFolder.missing(folder, io.err(), "")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
            ImportPreview preview;
            try {
                preview = storage.groupRegister().previewImport(csv, gemeente);
            } catch (IOException e) {
                CommandFailure.log(this, e);
                io.err().println("Could not read " + rest.get(0) + ": " + e.getMessage());
                return 2;
            } catch (ImportFileException e) {
                CommandFailure.log(this, e);
                io.err().println(e.getMessage()); // names the file and why; nothing was written
                return 1;
            }
            preview.describe().forEach(io.out()::println);
            if (!yes) {
                io.out().println("Nothing written; run again with --yes to import.");
                return 0;
            }
            ImportResult result = storage.groupRegister().applyImport(preview);
            io.out().println("Imported: " + result.added() + " added, " + result.changed() + " changed, "
                    + result.newGroups() + " new beheerdersgroepen.");
            return 0;
        } catch (StorageException | IllegalStateException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }
}

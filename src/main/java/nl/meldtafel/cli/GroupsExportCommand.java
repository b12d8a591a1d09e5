package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/** {@code groups export}: the register as a CSV for Excel (contains administrators' contact details). */
public final class GroupsExportCommand implements Command {

    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public GroupsExportCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    public GroupsExportCommand(LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("groups", "export");
    }

    @Override
    public String usage() {
        return "groups export FILE [--data-dir DIR]   write the group register as CSV (; and UTF-8 with BOM)";
    }

    @Override
    public int run(List<String> args, Io io) {
        List<String> rest = DataFolder.withoutOption(args);
        if (rest.size() != 1 || rest.get(0).startsWith("--")) {
            io.err().println("usage: " + usage());
            return 2;
        }
        Path target = Path.of(rest.get(0));
        Path folder = folders.resolve(args);
        if (LogFolder.missing(folder, io.err(), "")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
            // complete or not there: a full disk must never cut an earlier export to a fragment
            AtomicFile.write(target, out -> {
                storage.groupRegister().exportCsv(out);
                return null;
            });
        } catch (IOException e) {
            CommandFailure.log(this, e);
            io.err().println("Could not write " + target + ": " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
        io.out().println("Register written to " + target + " (it holds administrators' phone numbers and email addresses).");
        return 0;
    }
}

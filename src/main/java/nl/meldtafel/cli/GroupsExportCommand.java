package nl.meldtafel.cli;

import nl.meldtafel.alert.Permission;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code groups export}: the register as a CSV for Excel (contains administrators' contact details). */
@picocli.CommandLine.Command(
        customSynopsis = "groups export FILE [--as NUMBER] [--data-dir DIR]",
        description = {"write the group register as CSV (; and UTF-8 with BOM)",
                "The file holds administrators' contact details and each group's number, so it imports again "
                        + "without duplicates."})
public final class GroupsExportCommand extends AdminCommand {

    @Parameters(paramLabel = "FILE", converter = Converters.FileName.class, description = "The CSV file to write.")
    private Path target;
    @Mixin
    private DataDirOption data;
    @Mixin
    private AsOption as = new AsOption();

    private final Clock clock;

    public GroupsExportCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("groups", "export");
    }

    @Override
    public Integer call() {
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            mayRead(storage, data, as.number, Permission.READ_LOG);
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

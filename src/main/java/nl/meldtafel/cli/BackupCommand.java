package nl.meldtafel.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code backup}: a consistent copy of the log, made while Meldtafel may be running. */
@picocli.CommandLine.Command(
        customSynopsis = "backup [FILE] [--data-dir DIR]",
        description = {"copy the log to FILE (default: <data>/backups/meldtafel-<time>.db)",
                "A consistent online copy (VACUUM INTO), checked with integrity_check before it is kept; "
                        + "never overwrites a file."})
public final class BackupCommand extends AdminCommand {

    @Parameters(paramLabel = "FILE", arity = "0..1", converter = Converters.FileName.class,
            description = "Where to write the copy.")
    private Path target;
    @Mixin
    private DataDirOption data;

    private final Clock clock;

    public BackupCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("backup");
    }

    @Override
    public Integer call() {
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            Path made = storage.backups().backupTo(target == null ? defaultTarget(storage.dataFolder()) : target);
            io.out().println("Backup written and checked: " + made);
            return 0;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private Path defaultTarget(Path dataFolder) {
        String stamp = LocalDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        return DataFolder.ensureExists(dataFolder.resolve("backups")).resolve("meldtafel-handmatig-" + stamp + ".db");
    }
}

package nl.meldtafel.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/** {@code backup}: a consistent copy of the log, made while Meldtafel may be running. */
public final class BackupCommand implements Command {

    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public BackupCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    public BackupCommand(LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("backup");
    }

    @Override
    public String usage() {
        return "backup [FILE] [--data-dir DIR]   copy the log to FILE (default: <data>/backups/meldtafel-<time>.db)";
    }

    @Override
    public int run(List<String> args, Io io) {
        List<String> rest = DataFolder.withoutOption(args);
        if (rest.size() > 1 || rest.stream().anyMatch(a -> a.startsWith("--"))) {
            io.err().println("usage: " + usage());
            return 2;
        }
        Path folder = folders.resolve(args);
        if (LogFolder.missing(folder, io.err(), "")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
            Path target = rest.isEmpty() ? defaultTarget(storage.dataFolder()) : Path.of(rest.get(0));
            Path made = storage.backups().backupTo(target);
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

package nl.meldtafel.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds a log in one go (the demo) in a work folder inside the data folder, with the journal in memory
 * and no waiting for the disk, and moves it into place only when it is complete. A build that fails or
 * is stopped halfway leaves the data folder's own log as it was; its work folder is cleared at the next build.
 */
public final class LogBuiltAside {

    private static final Logger LOG = LoggerFactory.getLogger(LogBuiltAside.class);

    /** Inside the data folder, so the finished file moves into place by a rename on the same disk. */
    public static final String WORK_FOLDER = "log-being-built";

    private final Path dataFolder;
    private final Clock clock;

    public LogBuiltAside(Path dataFolder, Clock clock) {
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /**
     * Runs {@code build} on a copy of the data folder's log (a new log if it has none), then puts the
     * result in its place, opens it once as a desk would and closes it, which anchors the head everywhere.
     * Holds the folder's desk lock meanwhile: a desk writing to the old file would lose what it wrote.
     *
     * @throws StorageException when a desk has the folder open
     */
    public <T> T build(Function<Storage, T> build) {
        DeskLock.Outcome lock = DeskLock.take(dataFolder);
        if (lock instanceof DeskLock.HeldElsewhere) {
            throw new StorageException(StorageException.Reason.OTHER, "A desk has " + dataFolder
                    + " open; close it before a log is built there.");
        }
        try {
            return buildAside(build);
        } finally {
            if (lock instanceof DeskLock.Taken taken) {
                taken.lock().close();
            }
        }
    }

    private <T> T buildAside(Function<Storage, T> build) {
        Path work = dataFolder.resolve(WORK_FOLDER);
        try {
            deleteTree(work);
            PrivateFiles.createFolder(work);
            copyIntoWork(work);
            T result;
            try (Storage storage = Storage.forBulkLoad(work, clock)) {
                storage.open();
                result = build.apply(storage);
            }
            putInPlace(work);
            deleteTree(work);
            // the desk's own settings take over here: write-ahead journal, second anchor place
            Storage.open(dataFolder, clock).close();
            return result;
        } catch (IOException e) {
            // a full disk, say: the half copy goes, the folder's own log stays as it was
            StorageException failed = new StorageException(StorageException.Reason.OTHER,
                    "Could not build the log in " + work + ": " + e.getMessage(), e);
            clearAfter(work, failed);
            throw failed;
        } catch (RuntimeException | Error e) {
            clearAfter(work, e);
            throw e;
        }
    }

    private static void clearAfter(Path work, Throwable failure) {
        try {
            deleteTree(work);
        } catch (IOException | UncheckedIOException cleanup) {
            failure.addSuppressed(cleanup);
        }
    }

    /** The log as it is now, with its journal, and its anchors, so the chain goes on from them. */
    private void copyIntoWork(Path work) throws IOException {
        Path db = Storage.databaseFile(dataFolder);
        if (Files.exists(db)) {
            Database.copyWithJournal(db, Storage.databaseFile(work));
        }
        Path anchors = ChainAnchors.besideBackups(dataFolder);
        if (Files.exists(anchors)) {
            Path copy = ChainAnchors.besideBackups(work);
            PrivateFiles.createFolder(copy.getParent());
            Files.copy(anchors, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private void putInPlace(Path work) throws IOException {
        Path built = Storage.databaseFile(work);
        try (FileChannel file = FileChannel.open(built, StandardOpenOption.WRITE)) {
            file.force(true); // written without waiting for the disk: on it before it takes the log's place
        }
        Path db = Storage.databaseFile(dataFolder);
        // the old file's journal would be played back into the new file
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
        }
        Files.move(built, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Path marker = CleanShutdown.marker(built);
        if (Files.exists(marker)) {
            Files.move(marker, CleanShutdown.marker(db), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        // after the log: an anchor may be older than its log, never newer
        Path anchors = ChainAnchors.besideBackups(work);
        if (Files.exists(anchors)) {
            Path kept = ChainAnchors.besideBackups(dataFolder);
            PrivateFiles.createFolder(kept.getParent());
            Files.move(anchors, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        LOG.info("Log built aside and moved into {}", db);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

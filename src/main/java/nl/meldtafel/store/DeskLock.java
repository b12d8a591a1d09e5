package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * One desk per data folder. A second desk on the same folder (the icon clicked again while the window
 * hides behind WhatsApp) would save its drafts and settings over the first one's, run the daily redaction
 * and backup a second time, and mark the log as cleanly closed while the first still writes to it.
 * The lock is the operating system's, so it goes with a desk that crashed or was killed; admin commands
 * do not take it.
 */
public final class DeskLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DeskLock.class);

    public static final String FILE = "meldtafel.lock";
    // Closing any channel on a file drops every lock this process holds on it (POSIX), so a second try in
    // this process must not even open the file: the files locked here are known.
    private static final Set<Path> HELD_HERE = new HashSet<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DeskLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** What {@link #take} found. */
    public sealed interface Outcome {
    }

    /** This desk holds the folder now; close it when the desk has closed its log. */
    public record Taken(DeskLock lock) implements Outcome {
    }

    /** Another desk holds the folder. */
    public record HeldElsewhere() implements Outcome {
    }

    /**
     * No lock could be taken or tested (a file system without locks, a folder that cannot be written): the
     * desk starts as before, and the reason is logged. Opening the log reports a folder that cannot be used.
     */
    public record Unknown(String reason) implements Outcome {
    }

    /** Tries to take the lock of {@code dataFolder}, creating the folder (private) when it does not exist yet. */
    public static synchronized Outcome take(Path dataFolder) {
        Path file = dataFolder.resolve(FILE).toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            PrivateFiles.createFolder(dataFolder);
            if (!Files.exists(file)) {
                PrivateFiles.createFile(file);
            }
            file = file.toRealPath();
            if (HELD_HERE.contains(file)) {
                return new HeldElsewhere(); // a second desk in one JVM is a second desk all the same
            }
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return new HeldElsewhere();
            }
            HELD_HERE.add(file);
            return new Taken(new DeskLock(file, channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel); // held in this process, but not through DeskLock
            return new HeldElsewhere();
        } catch (IOException | UnsupportedOperationException e) {
            closeQuietly(channel);
            // the class only: a message may name more of the PC than the log should
            LOG.warn("Could not lock {}; not checked whether another desk uses this folder ({})", file, e.getClass().getSimpleName());
            return new Unknown(e.getClass().getSimpleName());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            LOG.info("Closing the lock file failed too ({})", e.getClass().getSimpleName());
        }
    }

    /** Lets the next desk take the folder. */
    @Override
    public void close() {
        synchronized (DeskLock.class) {
            if (!HELD_HERE.remove(file)) {
                return;
            }
            try {
                lock.release();
            } catch (IOException e) {
                LOG.info("Releasing the desk lock failed; it goes when the process ends ({})", e.getClass().getSimpleName());
            }
            closeQuietly(channel);
        }
    }
}

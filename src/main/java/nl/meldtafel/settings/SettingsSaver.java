package nl.meldtafel.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The desk's settings in memory, saved on a thread of their own: the changes of {@link #DELAY} (a
 * window dragged across the screen) become one write. {@link #close} writes what is still waiting.
 */
public final class SettingsSaver implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSaver.class);

    public static final Duration DELAY = Duration.ofMillis(500);

    private final SettingsFile file;
    private final Duration delay;
    private final ScheduledThreadPoolExecutor executor;
    private final Object lock = new Object();
    private final List<UnaryOperator<DeskSettings>> pending = new ArrayList<>();
    private final AtomicInteger writes = new AtomicInteger();
    private DeskSettings current;
    private boolean scheduled;

    SettingsSaver(SettingsFile file, Duration delay) {
        this.file = file;
        this.delay = delay;
        this.current = file.load();
        executor = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "settings-saver");
            thread.setDaemon(true);
            return thread;
        });
        // the thread exists only while there is something to write: tests and commands make many savers
        executor.setKeepAliveTime(10, TimeUnit.SECONDS);
        executor.allowCoreThreadTimeOut(true);
        // close() has written what was waiting; a delayed write left over must not hold the thread
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Reads the settings, taking over an earlier version's files once; file work, so not on the FX thread. */
    public static SettingsSaver open(Path dataFolder) {
        return new SettingsSaver(new SettingsFile(dataFolder), DELAY);
    }

    /** As changed in this session, at once; never reads the file, so the FX thread may ask. */
    public DeskSettings current() {
        synchronized (lock) {
            return current;
        }
    }

    /** Changes the settings now and writes them within {@link #DELAY}, together with the other changes meanwhile. */
    public void update(UnaryOperator<DeskSettings> change) {
        synchronized (lock) {
            current = change.apply(current);
            pending.add(change);
            if (scheduled) {
                return;
            }
            try {
                executor.schedule(this::writeLogged, delay.toMillis(), TimeUnit.MILLISECONDS);
                scheduled = true;
            } catch (RejectedExecutionException e) {
                LOG.warn("A settings change after closing is not saved");
            }
        }
    }

    /** Changes and writes at once, for a change the officer waits to see confirmed; blocks, so call it off the FX thread. */
    public DeskSettings saveNow(UnaryOperator<DeskSettings> change) throws IOException {
        synchronized (lock) {
            current = change.apply(current);
            pending.add(change);
        }
        return flush();
    }

    /** Writes the waiting changes now, on the saver's thread, and waits for it. */
    public DeskSettings flush() throws IOException {
        Future<DeskSettings> written;
        try {
            written = executor.submit(this::writePending);
        } catch (RejectedExecutionException e) {
            throw new IOException("The settings are closed", e);
        }
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while saving the settings");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new UncheckedIOException(new IOException(e.getCause()));
        }
    }

    /** Writes what is waiting, then stops the saver's thread; the window is closing, so a failure is only logged. */
    @Override
    public void close() {
        try {
            flush();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save {} on closing", SettingsFile.NAME, e);
        } finally {
            executor.shutdown();
        }
    }

    /** Writes done, for tests of the debounce. */
    int writes() {
        return writes.get();
    }

    private void writeLogged() {
        try {
            writePending();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not save {}; tried again with the next change", SettingsFile.NAME, e);
        }
    }

    private DeskSettings writePending() throws IOException {
        List<UnaryOperator<DeskSettings>> changes;
        synchronized (lock) {
            scheduled = false;
            if (pending.isEmpty()) {
                return current;
            }
            changes = List.copyOf(pending);
            pending.clear();
        }
        DeskSettings written;
        try {
            written = file.update(stored -> applyAll(changes, stored));
        } catch (IOException | RuntimeException e) {
            synchronized (lock) {
                pending.addAll(0, changes); // kept for the next write, so no change is lost to one failure
            }
            throw e;
        }
        writes.incrementAndGet();
        synchronized (lock) {
            // what another writer put in the file (the anchor place) comes in; later changes stay on top
            current = applyAll(pending, written);
        }
        return written;
    }

    private static DeskSettings applyAll(List<UnaryOperator<DeskSettings>> changes, DeskSettings settings) {
        DeskSettings result = settings;
        for (UnaryOperator<DeskSettings> change : changes) {
            result = change.apply(result);
        }
        return result;
    }
}

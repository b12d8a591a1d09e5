package nl.meldtafel.ui.common;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.LogChanges;

/**
 * Hands a screen what other desks changed. Changes arrive on the feed's thread, often in bursts (a
 * checklist ticked group by group); they are gathered and handed over at most once per gap, on the FX
 * thread, where the screen starts its usual background read. A lone change goes at once.
 */
public final class LiveRefresh implements AutoCloseable {

    /** At most one refresh per screen this often: a burst costs one read, and the 1 s promise still holds. */
    public static final Duration GAP = Duration.ofMillis(200);
    /** More changes than this in one gap (an import) are read as one "everything". */
    private static final int MOST_GATHERED = 1_000;

    private final Consumer<Set<LogChange>> screen;
    private final Executor fxThread;
    private final ScheduledExecutorService timer;
    private final long gapNanos;
    private final LogChanges.Subscription subscription;
    private final Object lock = new Object();
    private Set<LogChange> gathered = new LinkedHashSet<>();
    private boolean scheduled;
    private long lastHandedOver;

    /**
     * @param screen   gets the changes of one gap, on {@code fxThread}
     * @param timer    holds back a change that follows the last hand-over within the gap
     */
    public LiveRefresh(LogChanges changes, Consumer<Set<LogChange>> screen, Executor fxThread,
                       ScheduledExecutorService timer, Duration gap) {
        this.screen = screen;
        this.fxThread = fxThread;
        this.timer = timer;
        this.gapNanos = gap.toNanos();
        this.lastHandedOver = System.nanoTime() - gapNanos;
        this.subscription = changes.subscribe(this::arrived);
    }

    private void arrived(LogChange change) {
        long delay;
        synchronized (lock) {
            if (gathered.size() >= MOST_GATHERED) {
                gathered.clear();
                gathered.add(LogChange.everything());
            } else {
                gathered.add(change);
            }
            if (scheduled) {
                return;
            }
            scheduled = true;
            delay = Math.max(0, lastHandedOver + gapNanos - System.nanoTime());
        }
        try {
            timer.schedule(this::handOver, delay, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException e) {
            // the desk is closing: nobody is left to show it to
        }
    }

    private void handOver() {
        Set<LogChange> batch;
        synchronized (lock) {
            batch = gathered;
            gathered = new LinkedHashSet<>();
            scheduled = false;
            lastHandedOver = System.nanoTime();
        }
        fxThread.execute(() -> screen.accept(Set.copyOf(batch)));
    }

    @Override
    public void close() {
        subscription.close();
    }
}

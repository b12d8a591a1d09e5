package nl.meldtafel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Work done on a second thread ahead of the one that needs it, handed over in batches: one task per result
 * woke the other thread for each alert, and the waking was a few percent of the writing thread's time.
 * A result asked for before its batch was handed over is worked out by the one who asks: handing the batch
 * over then would mean waiting for all of it, and the rest is not needed yet. Used by one thread.
 */
final class RenderAhead<T> implements AutoCloseable {

    static final int BATCH = 8;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "demo-render");
        t.setDaemon(true);
        return t;
    });
    private List<FutureTask<T>> waiting = new ArrayList<>();

    /** Queues {@code work}; the supplier gives its result, waiting for it if needed. */
    Supplier<T> submit(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        waiting.add(task);
        List<FutureTask<T>> batch = waiting;
        if (batch.size() >= BATCH) {
            handOver();
        }
        return () -> {
            if (waiting == batch) {
                task.run(); // the render thread skips it later: a task runs once
            }
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while rendering demo alerts", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            }
        };
    }

    private void handOver() {
        List<FutureTask<T>> batch = waiting;
        waiting = new ArrayList<>();
        worker.execute(() -> batch.forEach(FutureTask::run));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}

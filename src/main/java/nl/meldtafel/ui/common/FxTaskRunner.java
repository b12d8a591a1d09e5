package nl.meldtafel.ui.common;

import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Platform;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One background thread, so database work stays in order (a save is never overtaken by a read),
 * with results delivered on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "meldtafel-worker");
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        if (executor.isShutdown()) {
            notRunAfterClose();
            return;
        }
        try {
            submit(work, onSuccess, onFailure);
        } catch (RejectedExecutionException e) {
            notRunAfterClose(); // closed between the check and the submit
        }
    }

    /**
     * The desk is closing: its saves ran before the runner closed (see ComposeViewModel.closeWhenSaved),
     * and what a screen asks for now (a list opening as the log opened late) has nobody to show it to.
     */
    private static void notRunAfterClose() {
        LOG.info("Background work offered after the desk closed; not run");
    }

    private <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                TaskRunner.logFailure(e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    /** Lets queued saves finish before the program exits. */
    @Override
    public void close() throws InterruptedException {
        executor.shutdown();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}

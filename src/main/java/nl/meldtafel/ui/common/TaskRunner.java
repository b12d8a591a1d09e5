package nl.meldtafel.ui.common;

import org.slf4j.LoggerFactory;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, files) off the FX thread and hands the outcome back on it. Tests use
 * {@link #sameThread()} so view models are checked without waiting.
 */
public interface TaskRunner {

    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Every failed task is logged where it fails, with its stack, whatever the view model then shows: the
     * officer reads a Dutch sentence, support reads the log.
     */
    static void logFailure(Throwable error) {
        LoggerFactory.getLogger(TaskRunner.class).warn("Background task failed", error);
    }

    static TaskRunner sameThread() {
        return new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    logFailure(e);
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}

package nl.meldtafel.ui.log;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.meldtafel.ui.common.TaskRunner;

/** Holds work until the test runs it, in any order: results arriving late or out of order. */
final class QueuedRunner implements TaskRunner {

    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
    }

    int size() {
        return queued.size();
    }

    /** Runs the {@code index}-th task still queued. */
    void runTask(int index) {
        queued.remove(index).run();
    }

    void runAll() {
        while (!queued.isEmpty()) {
            runTask(0);
        }
    }
}

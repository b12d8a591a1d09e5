package nl.meldtafel.ui.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** A desk closing while its log still opens: late work is left undone, never thrown at the closing window. */
class FxTaskRunnerTest {

    @Test
    void workOfferedAfterCloseIsNotRunAndThrowsNothing() throws InterruptedException {
        FxTaskRunner runner = new FxTaskRunner();
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();

        assertDoesNotThrow(() -> runner.run(() -> {
            ran.set(true);
            return null;
        }, done -> { }, failed -> { }));

        Thread.sleep(50); // the worker is gone; nothing may start later either
        assertFalse(ran.get());
    }
}

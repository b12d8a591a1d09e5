package nl.meldtafel.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** The one way UI tests wait: the condition is read on the FX thread, and pending FX events run after it holds. */
public final class FxWait {

    private static final int SECONDS = 10;

    private FxWait() {
    }

    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        waitUntil(SECONDS, condition);
    }

    public static void waitUntil(int seconds, Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        FxSettle.settle();
    }
}

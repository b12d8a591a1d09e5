package nl.meldtafel.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Waits until the FX thread has handled what a test caused: the queued events, what they queued in turn,
 * and one pulse (CSS, layout) after them. TestFX's {@code waitForFxEvents} does the same with five fixed
 * 10 ms sleeps per call, which made typing and clicking most of the UI suite's time.
 */
public final class FxSettle {

    private static final long TIMEOUT_SECONDS = 10;

    private FxSettle() {
    }

    /** Events, the events they posted, one pulse, and what that pulse posted. */
    public static void settle() {
        drain();
        awaitPulse();
        roundTrip();
    }

    /** The queued events and the events they posted, without waiting for a pulse: between keys of one word. */
    public static void drain() {
        roundTrip();
        roundTrip();
    }

    private static void roundTrip() {
        requireTestThread();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(done::countDown);
        await(done, "FX event queue");
    }

    private static void awaitPulse() {
        requireTestThread();
        CountDownLatch pulsed = new CountDownLatch(1);
        // a running AnimationTimer makes the toolkit pulse even when no node is dirty
        Platform.runLater(() -> new AnimationTimer() {
            @Override
            public void handle(long now) {
                stop();
                pulsed.countDown();
            }
        }.start());
        await(pulsed, "FX pulse");
    }

    private static void requireTestThread() {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("settle() waits for the FX thread: call it from the test thread");
        }
    }

    private static void await(CountDownLatch latch, String what) {
        try {
            if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError(what + " did not come within " + TIMEOUT_SECONDS + " s: the FX thread is blocked");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the " + what, e);
        }
    }
}

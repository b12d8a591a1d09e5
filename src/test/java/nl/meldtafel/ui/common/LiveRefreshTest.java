package nl.meldtafel.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.LogChangeHub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LiveRefreshTest {

    private static final Duration GAP = Duration.ofMillis(500);

    private final LogChangeHub feed = new LogChangeHub();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final BlockingQueue<Set<LogChange>> handedOver = new LinkedBlockingQueue<>();
    private final BlockingQueue<Long> handedOverAt = new LinkedBlockingQueue<>();
    private final LiveRefresh live = new LiveRefresh(feed, batch -> {
        handedOverAt.add(System.nanoTime());
        handedOver.add(batch);
    }, Runnable::run, timer, GAP);

    @AfterEach
    void stop() {
        live.close();
        timer.shutdownNow();
    }

    @Test
    void aLoneChangeGoesAtOnceAndABurstAfterItWaitsForTheGapAsOneHandOver() throws Exception {
        long start = System.nanoTime();
        feed.publish(alert(1));
        assertEquals(Set.of(alert(1)), handedOver.poll(2, TimeUnit.SECONDS));
        long first = handedOverAt.take();
        assertTrue(first - start < GAP.toNanos() / 2, "a lone change is not held back");

        Set<LogChange> burst = new HashSet<>();
        for (int i = 2; i <= 50; i++) {
            burst.add(alert(i));
            feed.publish(alert(i));
            feed.publish(alert(i)); // the same change twice is read once
        }

        assertEquals(burst, handedOver.poll(2, TimeUnit.SECONDS));
        // seen a little after each hand-over, so allow for a busy machine; without the gap it would be ~0
        assertTrue(handedOverAt.take() - first >= GAP.toNanos() * 9 / 10, "at most one hand-over per gap");
        assertTrue(handedOver.isEmpty());
    }

    @Test
    void anImportSizedBurstIsHandedOverAsEverything() throws Exception {
        feed.publish(alert(0));
        handedOver.poll(2, TimeUnit.SECONDS);
        for (int i = 1; i <= 1_500; i++) {
            feed.publish(alert(i));
        }

        Set<LogChange> batch = handedOver.poll(2, TimeUnit.SECONDS);
        assertTrue(batch.contains(LogChange.everything()), "everything is read again");
        assertTrue(batch.size() < 1_000, "the batch stays small: " + batch.size());
    }

    private static LogChange alert(long id) {
        return new LogChange(LogChange.Kind.ALERT, id);
    }
}

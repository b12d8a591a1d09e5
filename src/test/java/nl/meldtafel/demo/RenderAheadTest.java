package nl.meldtafel.demo;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderAheadTest {

    @Test
    void aResultAskedForBeforeItsBatchIsFullIsStillWorkedOut() {
        try (RenderAhead<String> ahead = new RenderAhead<>()) {
            Supplier<String> only = ahead.submit(() -> "heterdaad");
            assertEquals("heterdaad", only.get());
        }
    }

    @Test
    void everyResultIsItsOwnWhateverOrderTheyAreAskedForAndFullBatchesRunOnTheSecondThread() {
        try (RenderAhead<String> ahead = new RenderAhead<>()) {
            List<Supplier<String>> results = new ArrayList<>();
            for (int i = 0; i < 3 * RenderAhead.BATCH; i++) {
                int n = i;
                results.add(ahead.submit(() -> n + " on " + Thread.currentThread().getName()));
            }
            for (int i = results.size() - 1; i >= 0; i--) {
                assertEquals(i + " on demo-render", results.get(i).get());
            }
            assertNotEquals("demo-render", Thread.currentThread().getName());
        }
    }

    @Test
    void oneAskedForBeforeItsBatchIsFullIsWorkedOutByTheOneWhoAsksAndOnlyOnce() {
        try (RenderAhead<String> ahead = new RenderAhead<>()) {
            AtomicInteger runs = new AtomicInteger();
            List<Supplier<String>> results = new ArrayList<>();
            for (int i = 0; i < RenderAhead.BATCH; i++) {
                int n = i;
                results.add(ahead.submit(() -> {
                    runs.incrementAndGet();
                    return n + " on " + Thread.currentThread().getName();
                }));
                if (i == 1) {
                    // needed now: not waiting for a batch that is not even handed over
                    assertEquals("1 on " + Thread.currentThread().getName(), results.get(1).get());
                }
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals(i + (i == 1 ? " on " + Thread.currentThread().getName() : " on demo-render"),
                        results.get(i).get());
            }
            assertEquals(RenderAhead.BATCH, runs.get(), "each worked out once");
        }
    }

    @Test
    void aFailingRenderFailsTheOneWhoAsksForIt() {
        try (RenderAhead<String> ahead = new RenderAhead<>()) {
            Supplier<String> broken = ahead.submit(() -> {
                throw new IllegalStateException("demo values do not render");
            });
            Supplier<String> fine = ahead.submit(() -> "vermissing");
            IllegalStateException e = assertThrows(IllegalStateException.class, broken::get);
            assertTrue(e.getMessage().contains("do not render"));
            assertEquals("vermissing", fine.get());
        }
    }
}

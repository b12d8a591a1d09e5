package nl.meldtafel.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.animation.AnimationTimer;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.ui.desk.DatabaseViewModel;
import nl.meldtafel.ui.desk.DeskViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the light-desk benchmark only: with {@code -Dmeldtafel.loadProbe=FILE} the desk measures, from the
 * moment its log is open until the start-up redaction run is done (the run starts right after the first
 * reads), that time and the longest time its FX thread gave no frame; then it
 * opens the Logboek, stays idle for {@link #IDLE}, and writes those figures with its heap after a
 * collection. The harness reads the process's RSS once the file is there. Without the property it does
 * nothing.
 */
final class LoadProbe {

    private static final Logger LOG = LoggerFactory.getLogger(LoadProbe.class);

    static final String PROPERTY = "meldtafel.loadProbe";
    static final Duration IDLE = Duration.seconds(10);

    private LoadProbe() {
    }

    /** Call on the FX thread once the window shows. */
    static void watch(String file, DeskViewModel desk, DatabaseViewModel database) {
        if (file == null || file.isBlank()) {
            return;
        }
        long[] started = {0};
        long[] longest = {0};
        AnimationTimer frames = new AnimationTimer() {
            private long last = -1;

            @Override
            public void handle(long now) {
                if (last >= 0) {
                    longest[0] = Math.max(longest[0], now - last);
                }
                last = now;
            }
        };
        Runnable begin = () -> {
            started[0] = System.nanoTime();
            frames.start();
        };
        if (database.readyProperty().get()) {
            begin.run();
        } else {
            database.readyProperty().addListener((o, was, ready) -> {
                if (ready && started[0] == 0) {
                    begin.run();
                }
            });
        }
        database.redactionProperty().addListener((o, was, report) -> {
            if (report == null || was != null) {
                return;
            }
            frames.stop();
            long runMillis = (System.nanoTime() - started[0]) / 1_000_000;
            desk.show(DeskViewModel.Screen.LOG);
            PauseTransition idle = new PauseTransition(IDLE);
            idle.setOnFinished(e -> write(Path.of(file), report, runMillis, longest[0] / 1_000_000));
            idle.play();
        });
    }

    private static void write(Path file, RedactionReport report, long runMillis, long longestPauseMillis) {
        System.gc(); // the heap the desk keeps, not what the run left for the collector
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        String figures = "openToRetentionDoneMs=" + runMillis + "\nredacted=" + report.count() + "\nbatches="
                + report.batches().size() + "\nfxLongestPauseMs=" + longestPauseMillis + "\nheapUsedMb="
                + heap.getUsed() / (1024 * 1024) + "\nheapCommittedMb=" + heap.getCommitted() / (1024 * 1024)
                + "\nheapMaxMb=" + heap.getMax() / (1024 * 1024) + "\n";
        try {
            Files.writeString(file, figures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a benchmark aid: the harness reports a missing file as a failed run
            LOG.warn("Could not write the load probe", e);
        }
    }
}

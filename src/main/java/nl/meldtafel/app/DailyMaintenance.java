package nl.meldtafel.app;

import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.retention.RunProgress;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.desk.DatabaseViewModel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Executor;

/**
 * Once a day (after the desk's first reads, then when the date changed) removes the content of alerts
 * past their retention period, then makes the daily backup, on the log's own worker so a send never
 * waits behind them. The redaction goes in small batches with its progress in the status bar, and stops
 * when the desk closes. The desk's view model only shows how it went.
 */
final class DailyMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(DailyMaintenance.class);

    private final TaskRunner runner;
    private final Storage storage;
    private final DatabaseViewModel shown;
    private final Clock clock;
    private final Executor fxThread;
    private LocalDate lastRun;
    private volatile boolean stopping;

    /** @param fxThread where progress is shown */
    DailyMaintenance(TaskRunner runner, Storage storage, DatabaseViewModel shown, Clock clock, Executor fxThread) {
        this.runner = runner;
        this.fxThread = fxThread;
        this.storage = storage;
        this.shown = shown;
        this.clock = clock;
    }

    /** Starts the day's run unless it ran today or the log is not open; call on the FX thread. */
    void runIfDue() {
        LocalDate today = LocalDate.now(clock);
        if (!shown.isOpen() || today.equals(lastRun)) {
            return;
        }
        lastRun = today;
        long started = System.nanoTime();
        runner.run(() -> storage.retention().run(progressTo(shown)), (RedactionReport report) -> {
            LOG.info("Daily retention run done in {} ms", (System.nanoTime() - started) / 1_000_000);
            shown.redacted(report);
        }, shown::redactionFailed);
        runner.run(storage::dailyBackup, made -> made.ifPresent(file -> LOG.info("Daily backup {}", file.getFileName())),
                shown::backupFailed);
        runner.run(() -> {
            storage.releaseMemory();
            return null;
        }, done -> LOG.info("Memory of the daily run released"), e -> LOG.warn("Could not release the daily run's memory", e));
        // what was copied while these held the log is recorded right after them
        shown.replayQueued();
    }

    /** The desk is closing: a redaction run stops after its current batch, and the next start goes on. */
    void stop() {
        stopping = true;
    }

    /**
     * Shows whole percents on the FX thread, only when they change, and only between the start and the end:
     * a run over a small log leaves the status bar as it was.
     */
    private RunProgress progressTo(DatabaseViewModel view) {
        return new RunProgress() {
            private int shownPercent = -1;

            @Override
            public void reached(double fraction) {
                int percent = (int) Math.floor(fraction * 100);
                if (percent != shownPercent && percent > 0 && percent < 100) {
                    shownPercent = percent;
                    fxThread.execute(() -> view.retentionProgress(percent));
                }
            }

            @Override
            public boolean stopRequested() {
                return stopping;
            }
        };
    }
}

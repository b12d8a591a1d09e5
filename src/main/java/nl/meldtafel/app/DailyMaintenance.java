package nl.meldtafel.app;

import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.desk.DatabaseViewModel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Once a day (after the desk's first reads, then when the date changed) removes the content of alerts
 * past their retention period, then makes the daily backup, on the log's own worker so a send never
 * waits behind them. The desk's view model only shows how it went.
 */
final class DailyMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(DailyMaintenance.class);

    private final TaskRunner runner;
    private final Storage storage;
    private final DatabaseViewModel shown;
    private final Clock clock;
    private LocalDate lastRun;

    DailyMaintenance(TaskRunner runner, Storage storage, DatabaseViewModel shown, Clock clock) {
        this.runner = runner;
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
        runner.run(() -> storage.retention().run(), (RedactionReport report) -> {
            LOG.info("Daily retention run done in {} ms", (System.nanoTime() - started) / 1_000_000);
            shown.redacted(report);
        }, shown::redactionFailed);
        runner.run(storage::dailyBackup, made -> made.ifPresent(file -> LOG.info("Daily backup {}", file.getFileName())),
                shown::backupFailed);
        // what was copied while these held the log is recorded right after them
        shown.replayQueued();
    }
}

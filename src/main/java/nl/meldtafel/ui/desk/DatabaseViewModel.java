package nl.meldtafel.ui.desk;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.store.BackupService;
import nl.meldtafel.store.ExistingLog;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.ui.common.StorageAccess;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Opens the log database in the background and tells the desk how that went: the status bar line,
 * and for a damaged file the question whether to set it aside. Never deletes anything.
 */
public final class DatabaseViewModel implements StorageAccess {

    /** Where opening stands. */
    public enum State { OPENING, OK, CORRUPT, FAILED }

    private final TaskRunner runner;
    private final Path folder;
    private final Clock clock;
    // Written on the worker right after opening, so work queued behind the open already sees it.
    private volatile Storage storage;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", Texts.get("db.status.opening"));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", Texts.get("db.problem.opening"));
    private final ReadOnlyObjectWrapper<Storage> ready = new ReadOnlyObjectWrapper<>(this, "ready");
    private Path movedAside;
    private volatile boolean created;
    private boolean deferMaintenance;
    // Records what was copied while the database opened; set by the desk that queues sends.
    private ToIntFunction<Storage> beforeReady;
    private final BooleanProperty queueing = new SimpleBooleanProperty(this, "queueing");
    private final StringBinding sendBlock;
    private int replayed;
    private LocalDate lastMaintenance;
    private final ReadOnlyObjectWrapper<RedactionReport> redaction = new ReadOnlyObjectWrapper<>(this, "redaction");

    public DatabaseViewModel(TaskRunner runner, Path folder, Clock clock) {
        this.runner = runner;
        this.folder = folder;
        this.clock = clock;
        sendBlock = Bindings.createStringBinding(() -> state.get() == State.OK
                || state.get() == State.OPENING && queueing.get() ? null : problem.get(), state, problem, queueing);
    }

    /**
     * Sending never waits for the database: with a queue behind the sink, copying works while it opens,
     * and {@code replay} records what was copied meanwhile, right after opening. Returns how many.
     */
    public void queueWhileOpening(ToIntFunction<Storage> replay) {
        this.beforeReady = replay;
        queueing.set(true);
    }

    /** The desk starts the first daily maintenance itself, after its first reads. */
    public void deferFirstMaintenance() {
        this.deferMaintenance = true;
    }

    /** A message was copied before the database could record it: the status bar says it will be. */
    public void noteQueued() {
        status.set(Texts.get(state.get() == State.OK ? "db.status.queuedBusy" : "db.status.queued"));
        if (state.get() == State.OK) {
            replayQueued(); // runs once the retention run or backup that held the database is done
        }
    }

    /** Why nothing can be sent now, or null: only a database that failed blocks a queueing desk. */
    public ObservableStringValue sendBlockProperty() {
        return sendBlock;
    }

    /** Opens {@code meldtafel.db}, then runs the daily redaction and backup when not done today. */
    public void open() {
        state.set(State.OPENING);
        status.set(Texts.get("db.status.opening"));
        problem.set(Texts.get("db.problem.opening"));
        runner.run(() -> {
            ExistingLog.AtStart found = movedAside != null ? ExistingLog.AtStart.FIRST_START : ExistingLog.atStart(folder);
            if (found == ExistingLog.AtStart.MISSING || found == ExistingLog.AtStart.EMPTIED) {
                throw new MissingLogException(found);
            }
            created = found == ExistingLog.AtStart.FIRST_START;
            Storage opened = Storage.open(folder, clock);
            storage = opened;
            // what was copied while opening goes into the log first, in order, before anything else records
            replayed = beforeReady == null ? 0 : beforeReady.applyAsInt(opened);
            return opened;
        }, this::opened, this::failed);
    }

    /** The log went missing or was emptied: never silently replaced by a new, empty one. */
    private static final class MissingLogException extends RuntimeException {
        final ExistingLog.AtStart found;

        MissingLogException(ExistingLog.AtStart found) {
            super(found.name());
            this.found = found;
        }
    }

    private void opened(Storage opened) {
        state.set(State.OK);
        status.set(movedAside != null ? Texts.get("db.status.okFresh", movedAside.getFileName())
                : created ? Texts.get("db.status.created")
                : replayed > 0 ? Texts.get("db.status.okReplayed", replayed) : Texts.get("db.status.ok"));
        problem.set(null);
        ready.set(opened);
        lastMaintenance = null;
        // The desk's first reads (who is at the desk, what is open) go first: the redaction and backup
        // hold the database, so they start once those are done (see DeskViewModel), or right away alone.
        if (!deferMaintenance) {
            dailyMaintenance();
        }
    }

    /**
     * Once a day (at opening, then when the date changed): removes the content of alerts past their
     * retention period, then makes the daily backup, both on the worker. Call on the FX thread.
     */
    public void dailyMaintenance() {
        Storage open = storage;
        LocalDate today = LocalDate.now(clock);
        if (open == null || state.get() != State.OK || today.equals(lastMaintenance)) {
            return;
        }
        lastMaintenance = today;
        runner.run(() -> open.retention().run(), report -> {
            redaction.set(report);
            if (!report.fileCleared()) {
                status.set(Texts.get("db.status.retentionRemains"));
            }
        },
                e -> status.set(Texts.get("db.status.retentionFailed", StorageErrors.describe(e))));
        runner.run(open::dailyBackup, made -> { },
                e -> status.set(Texts.get("db.status.backupFailed", StorageErrors.describe(e))));
        replayQueued();
    }

    /** Records what was copied while the database was busy; on the database's own worker, after what runs there. */
    public void replayQueued() {
        Storage open = storage;
        if (open == null || beforeReady == null) {
            return;
        }
        runner.run(() -> beforeReady.applyAsInt(open), count -> {
            if (count > 0) {
                status.set(Texts.get("db.status.okReplayed", count));
            }
        }, e -> status.set(Texts.get("db.status.replayFailed", StorageErrors.describe(e))));
    }

    /** What the last redaction run at this desk did; null before the first. */
    public ReadOnlyObjectProperty<RedactionReport> redactionProperty() {
        return redaction.getReadOnlyProperty();
    }

    private void failed(Throwable error) {
        if (error instanceof MissingLogException missing) {
            state.set(State.FAILED);
            boolean emptied = missing.found == ExistingLog.AtStart.EMPTIED;
            status.set(Texts.get(emptied ? "db.status.emptied" : "db.status.missing"));
            problem.set(Texts.get(emptied ? "db.error.emptied" : "db.error.missing", databaseFile(),
                    folder.resolve(BackupService.FOLDER)));
            return;
        }
        Optional<StorageException.Reason> reason = StorageErrors.reason(error);
        if (reason.orElse(null) == StorageException.Reason.CORRUPT) {
            state.set(State.CORRUPT);
            status.set(Texts.get("db.status.corrupt"));
            problem.set(Texts.get("db.error.corrupt", databaseFile()));
            return;
        }
        state.set(State.FAILED);
        status.set(Texts.get("db.status.failed", StorageErrors.describe(error)));
        problem.set(explain(reason.orElse(StorageException.Reason.OTHER), error));
    }

    private String explain(StorageException.Reason reason, Throwable error) {
        return switch (reason) {
            case LOCKED -> Texts.get("db.error.locked", folder);
            case READ_ONLY -> Texts.get("db.error.read_only", folder);
            case DISK_FULL -> Texts.get("db.error.disk_full", folder);
            case NEWER_VERSION -> Texts.get("db.error.newer_version", folder);
            case CORRUPT -> Texts.get("db.error.corrupt", databaseFile());
            case OTHER -> Texts.get("db.error.other", folder, StorageErrors.describe(error));
        };
    }

    /** "Opzij zetten en nieuw beginnen": renames the damaged file (kept for investigation) and opens a fresh one. */
    public void moveAsideAndStartFresh() {
        if (state.get() != State.CORRUPT) {
            return;
        }
        state.set(State.OPENING);
        status.set(Texts.get("db.status.opening"));
        runner.run(() -> Storage.moveAside(folder, clock), moved -> {
            movedAside = moved;
            open();
        }, this::failed);
    }

    /** After LOCKED, DISK_FULL or READ_ONLY the officer may fix the cause and try again. */
    public void retry() {
        if (state.get() == State.FAILED) {
            open();
        }
    }

    public Path databaseFile() {
        return Storage.databaseFile(folder);
    }

    @Override
    public Optional<Storage> current() {
        return Optional.ofNullable(storage);
    }

    /** Call after the task runner has drained. */
    public void close() {
        Storage open = storage;
        storage = null;
        if (open != null) {
            open.close();
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The status bar's line: "Database ok", or what is wrong in a few words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why nothing can be recorded, in full; null once the database is open. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Set on the FX thread once the database is open. */
    public ReadOnlyObjectProperty<Storage> readyProperty() {
        return ready.getReadOnlyProperty();
    }
}

package nl.meldtafel.ui.desk;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.retention.RedactionReport;
import nl.meldtafel.store.DeskLog;
import nl.meldtafel.store.ExistingLog;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.team.TeamScope;
import nl.meldtafel.ui.common.StorageErrors;
import nl.meldtafel.ui.common.TaskRunner;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * Opens the log in the background and tells the desk how that went: the status bar line, and for a
 * damaged file the question whether to set it aside. Never deletes anything. The daily retention run
 * and backup are started by the app's scheduler; this only shows how they went.
 */
public final class DatabaseViewModel {

    /** Where opening stands. */
    public enum State { OPENING, OK, CORRUPT, FAILED }

    private final TaskRunner runner;
    private final DeskLog log;
    private final Path folder;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.OPENING);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", Texts.get("db.status.opening"));
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", Texts.get("db.problem.opening"));
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    private Path movedAside;
    private volatile boolean created;
    // Records what was copied while the log opened; set by the desk that queues sends.
    private IntSupplier beforeReady;
    private final BooleanProperty queueing = new SimpleBooleanProperty(this, "queueing");
    private final StringBinding sendBlock;
    private int replayed;
    private IntSupplier waitingCount;
    // the server could not be reached when the log opened; copying queues until reconnect() gets through
    private volatile boolean away;
    private boolean opening;
    private final ReadOnlyObjectWrapper<RedactionReport> redaction = new ReadOnlyObjectWrapper<>(this, "redaction");
    // the status before a redaction run's progress, and the progress last shown
    private String beforeProgress;
    private String progressShown;

    /**
     * @param log    the log to open, not yet open
     * @param folder the data folder, as the messages about it name it
     */
    public DatabaseViewModel(TaskRunner runner, DeskLog log, Path folder) {
        this.runner = runner;
        this.log = log;
        this.folder = folder;
        sendBlock = Bindings.createStringBinding(() -> state.get() == State.OK
                || state.get() == State.OPENING && queueing.get() ? null : problem.get(), state, problem, queueing);
    }

    /**
     * Sending never waits for the database: with a queue behind the sink, copying works while it opens,
     * and {@code replay} records what was copied meanwhile, right after opening. Returns how many.
     */
    public void queueWhileOpening(IntSupplier replay) {
        this.beforeReady = replay;
        queueing.set(true);
    }

    /** How many copied messages wait in the local queue, for the status bar while the server is away. */
    public void countQueuedWith(IntSupplier waiting) {
        this.waitingCount = waiting;
    }

    /** The server was away when the log opened: tries again (the desk calls this every few seconds). */
    public void reconnect() {
        if (away && state.get() == State.OPENING && !opening) {
            open();
        } else if (away && state.get() == State.OK) {
            replayQueued();
        }
    }

    /**
     * A record found the server gone after the log opened: copying goes on into the queue; reconnect()
     * replays it. Called on the thread that recorded, before the desk notes the queued alert.
     */
    public void serverLost() {
        if (log.serverHost().isPresent()) {
            away = true;
        }
    }

    /** A step (a closing) found the server gone and was kept on this PC: the status bar says so and counts it. */
    public void noteKeptWhileAway() {
        serverLost();
        noteQueued();
    }

    /** A message was copied before the database could record it: the status bar says it will be. */
    public void noteQueued() {
        if (away) {
            int waiting = waitingCount == null ? 1 : Math.max(1, waitingCount.getAsInt());
            status.set(Texts.get("db.status.serverAwayWaiting", log.serverHost().orElse(""), waiting));
            return;
        }
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
        opening = true;
        if (!away) {
            status.set(Texts.get("db.status.opening"));
            problem.set(Texts.get("db.problem.opening"));
        }
        runner.run(() -> {
            ExistingLog.AtStart found = movedAside != null ? ExistingLog.AtStart.FIRST_START : log.atStart();
            if (found == ExistingLog.AtStart.MISSING || found == ExistingLog.AtStart.EMPTIED) {
                throw new MissingLogException(found);
            }
            created = found == ExistingLog.AtStart.FIRST_START;
            log.open();
            // what was copied while opening goes into the log first, in order, before anything else records
            replayed = beforeReady == null ? 0 : beforeReady.getAsInt();
            return true;
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

    private void opened(boolean opened) {
        opening = false;
        away = false;
        state.set(State.OK);
        status.set(movedAside != null ? Texts.get("db.status.okFresh", movedAside.getFileName())
                : created ? Texts.get("db.status.created")
                : replayed > 0 ? Texts.get("db.status.okReplayed", replayed)
                : okStatus());
        problem.set(null);
        ready.set(opened);
    }

    /**
     * A redaction run is under way (in batches, on its own worker): the status bar shows how far; when it
     * ends the bar shows again what it said before, unless something else was said meanwhile.
     */
    public void retentionProgress(int percent) {
        if (progressShown == null || !progressShown.equals(status.get())) {
            beforeProgress = status.get();
        }
        progressShown = Texts.get("db.status.retentionProgress", percent);
        status.set(progressShown);
    }

    private void progressEnded() {
        if (progressShown != null && progressShown.equals(status.get())) {
            status.set(beforeProgress);
        }
        progressShown = null;
        beforeProgress = null;
    }

    /** The daily redaction ran: the Instellingen show what it did, the status bar what it left. */
    public void redacted(RedactionReport report) {
        progressEnded();
        redaction.set(report);
        if (!report.fileCleared()) {
            status.set(Texts.get("db.status.retentionRemains"));
        }
    }

    public void redactionFailed(Throwable error) {
        progressEnded();
        status.set(Texts.get("db.status.retentionFailed", StorageErrors.describe(error)));
    }

    public void backupFailed(Throwable error) {
        status.set(Texts.get("db.status.backupFailed", StorageErrors.describe(error)));
    }

    /** Records what was copied while the database was busy; on the database's own worker, after what runs there. */
    public void replayQueued() {
        if (!ready.get() || beforeReady == null) {
            return;
        }
        runner.run(beforeReady::getAsInt, count -> {
            boolean wasAway = away;
            away = false;
            if (count > 0) {
                status.set(Texts.get("db.status.okReplayed", count));
            } else if (wasAway) {
                // only confirmations or closings waited: "niet bereikbaar – 1 bericht wacht" must not stay
                status.set(okStatus());
            }
        }, e -> {
            if (away && StorageErrors.reason(e).orElse(null) == StorageException.Reason.UNREACHABLE) {
                noteQueued(); // still away: the count of what waits, not a failure
            } else {
                status.set(Texts.get("db.status.replayFailed", StorageErrors.describe(e)));
            }
        });
    }

    /** What the last redaction run at this desk did; null before the first. */
    public ReadOnlyObjectProperty<RedactionReport> redactionProperty() {
        return redaction.getReadOnlyProperty();
    }

    private void failed(Throwable error) {
        opening = false;
        if (error instanceof MissingLogException missing) {
            state.set(State.FAILED);
            boolean emptied = missing.found == ExistingLog.AtStart.EMPTIED;
            status.set(Texts.get(emptied ? "db.status.emptied" : "db.status.missing"));
            problem.set(Texts.get(emptied ? "db.error.emptied" : "db.error.missing", databaseFile(),
                    log.backupFolder()));
            return;
        }
        Optional<StorageException.Reason> reason = StorageErrors.reason(error);
        if (reason.orElse(null) == StorageException.Reason.UNREACHABLE && queueing.get() && log.serverHost().isPresent()) {
            // compose and copy go on into the local queue; reconnect() tries again, and the queue is recorded then
            state.set(State.OPENING);
            away = true;
            String host = log.serverHost().get();
            int waiting = waitingCount == null ? 0 : waitingCount.getAsInt();
            status.set(waiting == 0 ? Texts.get("db.status.serverAway", host) : Texts.get("db.status.serverAwayWaiting", host, waiting));
            problem.set(Texts.get("db.error.unreachable", log.location()));
            return;
        }
        if (reason.orElse(null) == StorageException.Reason.CORRUPT) {
            state.set(State.CORRUPT);
            status.set(Texts.get("db.status.corrupt"));
            problem.set(Texts.get("db.error.corrupt", databaseFile()));
            return;
        }
        state.set(State.FAILED);
        String why = StorageErrors.describe(error);
        status.set(log.serverHost().map(host -> Texts.get("db.status.serverFailed", host, why))
                .orElseGet(() -> Texts.get("db.status.failed", why)));
        problem.set(explain(reason.orElse(StorageException.Reason.OTHER), error));
    }

    /** "Server host: ok", naming the team on a server with several, or the unit when all are shown. */
    /** "Database ok", or the server's ok with its team. */
    private String okStatus() {
        return log.serverHost().map(this::serverOk).orElseGet(() -> Texts.get("db.status.ok"));
    }

    private String serverOk(String host) {
        TeamScope scope = log.team().orElse(null);
        if (scope != null && scope.wholeUnit()) {
            return Texts.get("db.status.serverOkUnit", host, scope.team().name());
        }
        if (scope != null && scope.severalTeams()) {
            return Texts.get("db.status.serverOkTeam", host, scope.team().name());
        }
        return Texts.get("db.status.serverOk", host);
    }

    /** Both versions, when the file named the Meldtafel that wrote it. */
    private static java.util.Optional<nl.meldtafel.store.NewerVersionException> newerVersion(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof nl.meldtafel.store.NewerVersionException newer) {
                return java.util.Optional.of(newer);
            }
        }
        return java.util.Optional.empty();
    }

    private String explain(StorageException.Reason reason, Throwable error) {
        return switch (reason) {
            case LOCKED -> Texts.get("db.error.locked", folder);
            case READ_ONLY -> Texts.get("db.error.read_only", folder);
            case DISK_FULL -> Texts.get("db.error.disk_full", folder);
            case NEWER_VERSION -> newerVersion(error)
                    .flatMap(newer -> newer.writtenBy().map(by -> Texts.get("db.error.newer_version.named", folder, by, newer.self())))
                    .orElseGet(() -> Texts.get("db.error.newer_version", folder));
            case UNREACHABLE -> Texts.get("db.error.unreachable", log.location());
            case NO_PERMISSION -> Texts.get("db.error.no_permission", log.location());
            case NOT_SET_UP -> Texts.get("db.error.not_set_up", log.location());
            case UNKNOWN_TEAM -> Texts.get("db.error.unknown_team", log.location(),
                    log.team().flatMap(TeamScope::askedFor).orElse(""));
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
        runner.run(log::moveAside, moved -> {
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

    private String databaseFile() {
        return log.location();
    }

    /** Whether the log is open: set on the FX thread. */
    public boolean isOpen() {
        return ready.get();
    }

    /** Call after the task runner has drained. */
    public void close() {
        ready.set(false);
        log.close();
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

    /** True, set on the FX thread, once the log is open. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }
}

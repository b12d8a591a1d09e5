package nl.meldtafel.store;

import nl.meldtafel.account.AccountRepository;
import nl.meldtafel.alert.AlertRepository;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChainFacts;
import nl.meldtafel.alert.DraftRepository;
import nl.meldtafel.alert.LogChanges;
import nl.meldtafel.alert.OfficerRepository;
import nl.meldtafel.alert.QueuedSendRepository;
import nl.meldtafel.alert.ResponseRepository;
import nl.meldtafel.alert.Transactor;
import nl.meldtafel.groups.GroupRepository;
import nl.meldtafel.groups.PostingRepository;
import nl.meldtafel.retention.RetentionRepository;
import nl.meldtafel.retention.StorageHygiene;
import nl.meldtafel.stats.FactSource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import nl.meldtafel.team.TeamScope;

/**
 * One database system under the log: opening and upgrading it, its repositories, and what it does
 * beside them (file backups, the search index, integrity checks). The domain services are built over
 * this interface by {@link Storage}, so a second backend changes neither the services nor the desk.
 * The repositories exist before {@link #open}; calls on them before it throw {@link StorageUnavailableException}.
 */
public interface Backend extends AutoCloseable {

    /** Whether the log is there, first started, or missing: a desk never silently starts an empty one. */
    ExistingLog.AtStart atStart();

    /**
     * Opens (creating or upgrading) the log, then runs {@code first} before any other thread can use it;
     * may be called again after a failure was fixed.
     */
    void open(Runnable first);

    boolean isOpen();

    /** Whether long work (a retention run, a backup) holds the log now: a send then queues instead of waiting. */
    boolean isBusy();

    /** Where the log is, as messages name it: the database file, or the server. */
    String location();

    /** The team this desk works in and shows, on a server with teams; empty for a file in the data folder (one team). */
    default Optional<TeamScope> team() {
        return Optional.empty();
    }

    /** The shared log's {@code host:port/database}; empty for a file in the data folder. */
    default Optional<String> serverName() {
        return Optional.empty();
    }

    /** The server's host name for a shared log; empty for a file in the data folder. */
    default Optional<String> serverHost() {
        return Optional.empty();
    }

    /**
     * Sets a damaged log aside so the next {@link #open} starts fresh; nothing is deleted.
     *
     * @return where the damaged log is now
     */
    Path moveAside();

    /**
     * Runs a bulk load (the demo log) with the search index, and on a log built aside the lookup indexes,
     * built once at its end instead of per alert. A server's indexes take each row as it comes.
     */
    default <T> T withIndexesBuiltAfter(Supplier<T> work) {
        return work.get();
    }

    /** Gives back the memory the database's cache holds; it fills again as the desk reads. */
    default void releaseMemory() {
    }

    /**
     * The alerts and chain facts for reads on another thread that should not wait for this backend's own:
     * a second, read-only connection to the SQLite file. A server's pool gives each thread its own
     * connection already, so there they are the backend's own. Close it after use.
     */
    default SecondReader secondReader() {
        return new SecondReader(alerts(), chainFacts(), () -> { });
    }

    /** See {@link #secondReader}. */
    record SecondReader(AlertRepository alerts, ChainFacts chainFacts, Runnable closer) implements AutoCloseable {
        @Override
        public void close() {
            closer.run();
        }
    }

    Transactor transactor();

    AlertRepository alerts();

    OfficerRepository officers();

    AccountRepository accounts();

    DraftRepository drafts();

    AuditLog audit();

    ChainFacts chainFacts();

    GroupRepository groups();

    PostingRepository posting();

    ResponseRepository responses();

    RetentionRepository retention();

    FactSource facts();

    QueuedSendRepository queuedSends();

    /** What a redaction also cleans outside the tables: the write-ahead log and old backup files. */
    StorageHygiene hygiene();

    /** The desk's own file backups; empty where the database system makes its own (a server). */
    Optional<BackupService> fileBackups();

    /** What other desks change in the log while it is open; a log only this desk writes never fires. */
    LogChanges changes();

    @Override
    void close();
}

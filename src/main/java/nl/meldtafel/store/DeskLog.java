package nl.meldtafel.store;

import java.util.Optional;
import nl.meldtafel.team.TeamScope;

import java.nio.file.Path;

/**
 * Opening and closing the log as the desk sees it: the status bar's state and the question whether
 * to set a damaged log aside. The desk gets its services separately, built before the log opens.
 */
public interface DeskLog {

    /** Whether the log is there, first started, or missing: a desk never silently starts an empty one. */
    ExistingLog.AtStart atStart();

    /** Opens (creating or upgrading) the log; blocks, so call it off the FX thread. */
    void open();

    boolean isOpen();

    /** Whether a retention run or backup holds the log now. */
    boolean isBusy();

    /** Sets a damaged log aside (nothing is deleted); returns where it is now. */
    Path moveAside();

    /** The log as messages name it: the database file, or the server. */
    String location();

    /** The server's host when the log is on a shared server ("Server politie-db: ok"); empty for the desk's own file. */
    default Optional<String> serverHost() {
        return Optional.empty();
    }

    /** The team the desk works in and shows, on a server; empty for the desk's own file. */
    default Optional<TeamScope> team() {
        return Optional.empty();
    }

    /** Where the desk's backups are, for the message about a missing log. */
    Path backupFolder();

    void close();
}

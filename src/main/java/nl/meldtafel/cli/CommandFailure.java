package nl.meldtafel.cli;

import org.slf4j.LoggerFactory;

/**
 * Logs what a command handled before it says so on stderr and exits: support reads the classes and
 * frames in the log, the administrator the sentence on the console. Only the command's words are logged,
 * never its arguments: they may hold a search text or a file name.
 */
final class CommandFailure {

    private CommandFailure() {
    }

    /** A storage or file error: the command exits non-zero. */
    static void log(Command command, Exception error) {
        LoggerFactory.getLogger(command.getClass()).warn("Command {} failed", String.join(" ", command.names()), error);
    }

    /** A usage error: the administrator typed something the command does not take; no stack needed. */
    static void usage(Command command, Exception error) {
        LoggerFactory.getLogger(command.getClass()).info("Command {}: usage error ({})", String.join(" ", command.names()),
                error.getClass().getSimpleName());
    }
}

package nl.meldtafel.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;

/** One admin command of the jar, e.g. {@code templates check} or {@code log verify}. */
public interface Command {

    /** The words that select this command, e.g. {@code List.of("log", "verify")}. */
    List<String> names();

    /** One line for the usage text: the synopsis and what the command does. */
    String usage();

    /** Runs with the arguments after the command words; returns the process exit code. */
    int run(List<String> args, Io io);

    /** The process's streams, injectable so commands are tested without a child process. */
    record Io(InputStream in, PrintStream out, PrintStream err) {
        public static Io system() {
            return new Io(System.in, System.out, System.err);
        }
    }
}

package nl.meldtafel.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import nl.meldtafel.store.ExistingLog;

/** The guard every admin command runs first: only the desk's first start creates a log. */
final class LogFolder {

    private LogFolder() {
    }

    /** True (and says why on {@code to}) when the folder holds no log to work on: the command exits 1. */
    static boolean missing(Path folder, PrintStream to, String prefix) {
        Optional<String> problem = ExistingLog.problem(folder);
        problem.ifPresent(p -> to.println(prefix + p));
        return problem.isPresent();
    }
}

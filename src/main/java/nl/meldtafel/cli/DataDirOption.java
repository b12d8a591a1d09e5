package nl.meldtafel.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.meldtafel.store.Storage;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR} for every command that works on the log: the one place the option is
 * parsed and resolved, and the log opened (a server URL joins it here). Without it the folder comes
 * from {@code MELDTAFEL_HOME} or the OS default.
 */
public final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", converter = Converters.FileName.class,
            description = "The data folder (default: $MELDTAFEL_HOME, else the user's application-data folder).")
    private Path given;

    private final DefaultDataFolder defaults;

    DataDirOption(DefaultDataFolder defaults) {
        this.defaults = defaults;
    }

    /** The folder the command works on. */
    Path folder() {
        return resolve(Optional.ofNullable(given), defaults);
    }

    /**
     * The log the command works on, opened; null (having said why on {@code to}) when the folder holds
     * none, since only the desk's first start creates a log. Null suits try-with-resources.
     *
     * @throws nl.meldtafel.store.StorageException when the log cannot be opened
     */
    Storage openExisting(Clock clock, PrintStream to) {
        Path folder = folder();
        return LogFolder.missing(folder, to, "") ? null : Storage.open(folder, clock);
    }

    /** The log, created when the folder holds none (the demo command fills a new one). */
    Storage openOrCreate(Clock clock) {
        return Storage.open(folder(), clock);
    }

    /** The log opened to verify it, writing nothing; see {@link Storage#openForVerification}. */
    Storage openForVerification(Clock clock, Path workFolder) throws IOException {
        return Storage.openForVerification(folder(), clock, workFolder);
    }

    /** The given folder (made absolute), else the default; the desk resolves its own option the same way. */
    public static Path resolve(Optional<Path> given, DefaultDataFolder defaults) {
        return given.map(Path::toAbsolutePath).orElseGet(defaults::folder);
    }
}

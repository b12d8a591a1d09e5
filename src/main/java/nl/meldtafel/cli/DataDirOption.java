package nl.meldtafel.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR} for every command that works on the log: the one place the option is
 * parsed and resolved. Without it the folder comes from {@code MELDTAFEL_HOME} or the OS default.
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

    /** The given folder (made absolute), else the default; the desk resolves its own option the same way. */
    public static Path resolve(Optional<Path> given, DefaultDataFolder defaults) {
        return given.map(Path::toAbsolutePath).orElseGet(defaults::folder);
    }
}

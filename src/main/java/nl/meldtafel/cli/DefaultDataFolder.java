package nl.meldtafel.cli;

import java.nio.file.Path;
import java.util.Map;
import nl.meldtafel.store.DataFolder;

/** Where the log lives when no {@code --data-dir} is given; injectable so tests need no environment. */
@FunctionalInterface
public interface DefaultDataFolder {

    Path folder();

    /** {@code MELDTAFEL_HOME} in {@code env}, else the OS default (see {@link DataFolder}). */
    static DefaultDataFolder of(Map<String, String> env) {
        return () -> DataFolder.defaultFolder(env);
    }
}

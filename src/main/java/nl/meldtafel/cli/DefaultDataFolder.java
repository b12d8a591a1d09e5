package nl.meldtafel.cli;

import java.nio.file.Path;
import java.util.Map;
import nl.meldtafel.store.DataFolder;

/**
 * Where the log lives when no {@code --data-dir} or {@code --database} is given, and the environment
 * that holds a server's password; injectable so tests need no environment.
 */
@FunctionalInterface
public interface DefaultDataFolder {

    Path folder();

    /** The process environment: {@code MELDTAFEL_DATABASE}, {@code PGPASSWORD}; none by default. */
    default Map<String, String> environment() {
        return Map.of();
    }

    /** {@code MELDTAFEL_HOME} in {@code env}, else the OS default (see {@link DataFolder}). */
    static DefaultDataFolder of(Map<String, String> env) {
        Map<String, String> copy = Map.copyOf(env);
        return new DefaultDataFolder() {
            @Override
            public Path folder() {
                return DataFolder.defaultFolder(copy);
            }

            @Override
            public Map<String, String> environment() {
                return copy;
            }
        };
    }
}

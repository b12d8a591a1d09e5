package nl.meldtafel.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Where Meldtafel keeps its files: {@code --data-dir}, else the platform's per-user data folder. */
final class DataFolder {

    private DataFolder() {
    }

    static Path resolve(Optional<Path> option, Map<String, String> env, String osName, Path home) {
        if (option.isPresent()) {
            return option.get().toAbsolutePath();
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "Meldtafel");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? home.resolve(".local").resolve("share") : Path.of(xdg);
        return base.resolve("meldtafel");
    }
}

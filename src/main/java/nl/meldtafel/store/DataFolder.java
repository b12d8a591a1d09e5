package nl.meldtafel.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Meldtafel keeps its data when no folder is given ({@code --data-dir} is the command line's
 * business, see {@code cli/DataDirOption}): {@code MELDTAFEL_HOME}, else the user's local
 * application-data folder ({@code %LOCALAPPDATA%\Meldtafel}, {@code $XDG_DATA_HOME/meldtafel} or
 * {@code ~/.local/share/meldtafel}). Env, OS name and home are injected so every branch is testable.
 */
public final class DataFolder {

    public static final String DATABASE_FILE = "meldtafel.db";
    public static final String ENV = "MELDTAFEL_HOME";

    private DataFolder() {
    }

    public static Path defaultFolder(Map<String, String> env, String osName, Path userHome) {
        String home = env.get(ENV);
        if (home != null && !home.isBlank()) {
            return Path.of(home).toAbsolutePath();
        }
        return platformDefault(env, osName, userHome);
    }

    /** The default for this process's environment, OS and home. */
    public static Path defaultFolder(Map<String, String> env) {
        return defaultFolder(env, System.getProperty("os.name", ""), Path.of(System.getProperty("user.home")));
    }

    private static Path platformDefault(Map<String, String> env, String osName, Path userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("Meldtafel");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says relative values are invalid and must be ignored
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("meldtafel");
        }
        return userHome.resolve(".local").resolve("share").resolve("meldtafel");
    }

    /** Creates the folder on first start, private to its user (700 on POSIX). */
    public static Path ensureExists(Path folder) {
        try {
            return PrivateFiles.createFolder(folder);
        } catch (IOException e) {
            throw new StorageException(e instanceof java.nio.file.AccessDeniedException
                    || e instanceof java.nio.file.FileSystemException && String.valueOf(e.getMessage()).contains("Read-only")
                    ? StorageException.Reason.READ_ONLY : StorageException.Reason.OTHER,
                    "Could not create the data folder " + folder + ": " + e.getMessage(), e);
        }
    }
}

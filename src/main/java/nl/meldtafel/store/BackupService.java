package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/** Consistent online copies of the database, checked before they are kept. */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);

    public static final int KEEP_DAILY = 7;
    public static final String FOLDER = "backups";
    private static final String DAILY_PREFIX = "meldtafel-";
    private static final String DAILY_SUFFIX = ".db";

    private final Database db;
    private final Path dataFolder;
    private final Clock clock;

    public BackupService(Database db, Path dataFolder, Clock clock) {
        this.db = db;
        this.dataFolder = dataFolder;
        this.clock = clock;
    }

    /**
     * Copies the database to {@code target} with VACUUM INTO (consistent while in use, and deleted
     * content does not come along). The copy is written beside the target and only moved into place
     * once {@code integrity_check} says ok. An existing target is never overwritten.
     */
    public Path backupTo(Path target) {
        long started = System.nanoTime();
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StorageException(StorageException.Reason.OTHER, "Backup not made: " + absolute + " already exists");
        }
        Path temp = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            Files.deleteIfExists(temp); // our own leftover from an interrupted backup
            PrivateFiles.createFile(temp); // VACUUM INTO fills an empty file and keeps its mode: 600
            db.alone("Could not write the backup " + absolute, c -> {
                try (PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                    ps.setString(1, temp.toString());
                    ps.executeUpdate();
                }
                return null;
            });
            checkIntegrity(temp, absolute);
            Path made = Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Backup {} written and checked in {} ms ({} bytes)", made.getFileName(), Database.millisSince(started),
                    Files.size(made));
            return made;
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Could not write the backup " + absolute + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void checkIntegrity(Path copy, Path target) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = ConnectionSettings.connect(copy, config)) {
            String result = ConnectionSettings.pragma(c, "integrity_check");
            if (!"ok".equals(result)) {
                throw new StorageException(StorageException.Reason.CORRUPT,
                        "Backup " + target + " not kept: the copy failed its integrity check (" + result + ")");
            }
        } catch (SQLException e) {
            throw SqliteErrors.wrap("Could not check the backup " + target, e);
        }
    }

    /** One automatic backup per day into {@code <data>/backups/}, keeping the last {@value #KEEP_DAILY}. */
    public Optional<Path> dailyIfDue() {
        Path folder = DataFolder.ensureExists(dataFolder.resolve(FOLDER));
        Path today = dailyPath();
        if (Files.exists(today)) {
            return Optional.empty();
        }
        Path made = backupTo(today);
        pruneDaily(folder);
        return Optional.of(made);
    }

    /** Where today's automatic backup goes. */
    Path dailyPath() {
        return DataFolder.ensureExists(dataFolder.resolve(FOLDER)).resolve(DAILY_PREFIX + LocalDate.now(clock) + DAILY_SUFFIX);
    }

    private static void pruneDaily(Path folder) {
        List<Path> daily = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, DAILY_PREFIX + "????-??-??" + DAILY_SUFFIX)) {
            files.forEach(daily::add);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Could not list the backups in " + folder, e);
        }
        daily.sort(null); // ISO dates in the names sort by age
        for (Path old : daily.subList(0, Math.max(0, daily.size() - KEEP_DAILY))) {
            deleteQuietly(old);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // an old backup left behind is harmless; the next start tries again
            LOG.warn("Could not delete {} ({})", p.getFileName(), e.getClass().getSimpleName());
        }
    }
}

package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.meldtafel.retention.StorageHygiene;

/**
 * After a redaction: empties the write-ahead log, and removes the backups in {@code <data>/backups/}
 * that are too old or still hold removed content. Backups written elsewhere are out of its reach.
 */
final class BackupHygiene implements StorageHygiene {

    private static final Logger LOG = LoggerFactory.getLogger(BackupHygiene.class);

    private static final Pattern DATE_IN_NAME = Pattern.compile("(\\d{4})-?(\\d{2})-?(\\d{2})");

    private final Database db;
    private final BackupService backups;
    private final Path folder;
    private final Clock clock;

    /** How long a checkpoint waits for other readers to finish before it says what may remain. */
    static final Duration CHECKPOINT_PATIENCE = Duration.ofSeconds(15);
    private static final long RETRY_MS = 200;

    private final Duration patience;

    BackupHygiene(Database db, BackupService backups, Path dataFolder, Clock clock) {
        this(db, backups, dataFolder, clock, CHECKPOINT_PATIENCE);
    }

    BackupHygiene(Database db, BackupService backups, Path dataFolder, Clock clock, Duration patience) {
        this.patience = patience;
        this.db = db;
        this.backups = backups;
        this.folder = dataFolder.resolve(BackupService.FOLDER);
        this.clock = clock;
    }

    @Override
    public boolean checkpoint() {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            if (checkpointOnce()) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(RETRY_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** True when every page went back into the file and the log was truncated (no reader held one). */
    private boolean checkpointOnce() {
        return db.alone("Could not clear the write-ahead log", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
    }

    @Override
    public BackupCleanup cleanBackups(Duration maxAge, Instant draftCutoff) {
        if (!Files.isDirectory(folder)) {
            return new BackupCleanup(List.of(), false);
        }
        LocalDate oldest = LocalDate.now(clock).minusDays(maxAge.toDays());
        List<Path> tooOld = new ArrayList<>();
        List<Path> stale = new ArrayList<>();
        for (Path backup : list()) {
            if (madeOn(backup).isBefore(oldest)) {
                tooOld.add(backup);
            } else if (holdsRemovedContent(backup, draftCutoff)) {
                stale.add(backup);
            }
        }
        boolean refreshed = false;
        if (!stale.isEmpty()) {
            // first a clean copy, so removing the stale ones never leaves the desk without a backup
            Path today = backups.dailyPath();
            replace(today);
            stale.remove(today);
            refreshed = true;
        }
        List<String> removed = new ArrayList<>();
        for (Path p : concat(tooOld, stale)) {
            try {
                Files.deleteIfExists(p);
                removed.add(p.getFileName().toString());
            } catch (IOException e) {
                throw new StorageException(StorageException.Reason.OTHER, "Could not remove the backup " + p
                        + ", which still holds removed content: " + e.getMessage(), e);
            }
        }
        return new BackupCleanup(removed, refreshed);
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        List<Path> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void replace(Path target) {
        Path fresh = target.resolveSibling(target.getFileName() + ".neu");
        try {
            Files.deleteIfExists(fresh);
            backups.backupTo(fresh);
            Files.move(fresh, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Could not replace the backup " + target + ": "
                    + e.getMessage(), e);
        }
    }

    private List<Path> list() {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.db")) {
            files.forEach(found::add);
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Could not list the backups in " + folder, e);
        }
        found.sort(null);
        return found;
    }

    /** The date in the name (daily and manual backups carry one), else the file's own time. */
    private LocalDate madeOn(Path backup) {
        Matcher m = DATE_IN_NAME.matcher(backup.getFileName().toString());
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                // not a date after all: fall back to the file time
                LOG.info("Backup {} has no valid date in its name; its file time counts", backup.getFileName());
            }
        }
        try {
            return LocalDate.ofInstant(Files.getLastModifiedTime(backup).toInstant(), Optional.ofNullable(clock.getZone())
                    .orElse(ZoneId.systemDefault()));
        } catch (IOException e) {
            LOG.warn("Could not read the file time of {}; counted as made today", backup.getFileName(), e);
            return LocalDate.now(clock);
        }
    }

    private boolean holdsRemovedContent(Path backup, Instant draftCutoff) {
        return db.alone("Could not check the backup " + backup, c -> {
            try (PreparedStatement attach = c.prepareStatement("ATTACH DATABASE ? AS old_backup")) {
                attach.setString(1, backup.toAbsolutePath().toString());
                attach.executeUpdate();
            }
            try {
                return SqliteRetentionRepository.holdsRemovedContent(c, "old_backup", draftCutoff);
            } finally {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate("DETACH DATABASE old_backup");
                }
            }
        });
    }
}

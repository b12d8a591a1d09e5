package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.ChainHead;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.settings.SettingsFile;

/**
 * The chain head kept outside the database: one line per anchor in {@code chain-anchors.txt} beside the
 * backups, and in a second folder when one is set in Instellingen. Only appended to, so an older anchor
 * stays as evidence; {@code log verify} holds the log against the newest one.
 */
public final class ChainAnchors {

    private static final Logger LOG = LoggerFactory.getLogger(ChainAnchors.class);

    public static final String FILE = "chain-anchors.txt";
    private static final String PREFIX = "meldtafel-anchor-v1";

    private final Path dataFolder;

    public ChainAnchors(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** One kept head: the entry's number and hash, when it was written and where. */
    public record Anchor(long seq, String hash, Instant at, Path file) {
        public ExpectedHead expected() {
            return new ExpectedHead(Optional.of(seq), hash);
        }
    }

    /** The second place set in Instellingen, if any; a damaged settings file fails rather than check fewer anchors. */
    public Optional<Path> secondPlace() {
        try {
            return new SettingsFile(dataFolder).read().secondAnchorPlace();
        } catch (IOException | RuntimeException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Cannot read the second anchor place in "
                    + dataFolder.resolve(SettingsFile.NAME) + ": " + e.getMessage(), e);
        }
    }

    /** Sets (or with null clears) the second place; it must be an existing folder this desk can write in. */
    public void setSecondPlace(Path folder) throws IOException {
        if (folder != null && !Files.isDirectory(folder)) {
            throw new java.nio.file.NotDirectoryException(folder.toString());
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw new java.nio.file.AccessDeniedException(folder.toString());
        }
        new SettingsFile(dataFolder).update(s -> s.withSecondAnchorPlace(folder == null ? null : folder.toAbsolutePath()));
    }

    /** The anchor files: beside the backups, and in the second place. */
    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        files.add(besideBackups(dataFolder));
        secondPlace().ifPresent(p -> files.add(p.resolve(FILE)));
        return files;
    }

    /** The anchor file of {@code dataFolder} itself, beside its backups. */
    static Path besideBackups(Path dataFolder) {
        return dataFolder.resolve(BackupService.FOLDER).resolve(FILE);
    }

    /** The newest anchor in any of the files (by time written, then by entry number). */
    public Optional<Anchor> newest() {
        List<Anchor> all = new ArrayList<>();
        for (Path file : files()) {
            all.addAll(read(file));
        }
        return all.stream().max(Comparator.comparing(Anchor::at).thenComparingLong(Anchor::seq));
    }

    static List<Anchor> read(Path file) {
        List<Anchor> anchors = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return anchors;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] parts = line.trim().split(" ");
                if (parts.length == 4 && parts[0].equals(PREFIX) && parts[3].matches("[0-9a-f]{64}")) {
                    try {
                        anchors.add(new Anchor(Long.parseLong(parts[2]), parts[3], Instant.parse(parts[1]), file));
                    } catch (NumberFormatException | DateTimeParseException e) {
                        // a line cut by a crash or edited by hand is not an anchor
                        LOG.warn("An unreadable line in the anchor file {} is skipped", file);
                    }
                }
            }
        } catch (IOException e) {
            throw new StorageException(StorageException.Reason.OTHER, "Cannot read the anchor file " + file + ": " + e.getMessage(), e);
        }
        return anchors;
    }

    /**
     * Appends the head to every anchor file that does not end with it yet, each flushed to disk; a place
     * that cannot be written is reported after the others were written.
     *
     * @return the files written
     * @throws IOException naming each place that failed
     */
    public List<Path> write(ChainHead head, Instant at) throws IOException {
        List<Path> written = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        byte[] line = (PREFIX + " " + at + " " + head.seq() + " " + head.hash() + "\n").getBytes(StandardCharsets.UTF_8);
        for (Path file : files()) {
            try {
                List<Anchor> kept = read(file);
                if (!kept.isEmpty() && kept.get(kept.size() - 1).seq() == head.seq() && kept.get(kept.size() - 1).hash().equals(head.hash())) {
                    continue;
                }
                append(file, line);
                written.add(file);
            } catch (IOException | StorageException e) {
                failed.add(file + " (" + e.getMessage() + ")");
            }
        }
        if (!failed.isEmpty()) {
            throw new IOException("Could not write the chain head to " + String.join(", ", failed));
        }
        return written;
    }

    private static void append(Path file, byte[] line) throws IOException {
        Path folder = file.getParent();
        if (!Files.isDirectory(folder)) {
            PrivateFiles.createFolder(folder);
        }
        if (!Files.exists(file)) {
            PrivateFiles.createFile(file);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
             OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
            out.write(line);
            out.flush();
            ch.force(true);
        }
    }
}

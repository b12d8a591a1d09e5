package nl.meldtafel.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * {@code settings.json} in the data folder: the desk's settings in one file, replaced atomically. Every
 * change reads the file, changes its fields and writes it back, so the desk's saver and the chain
 * anchors (which set the second place from the database thread) never undo each other's change.
 */
public final class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);

    public static final String NAME = "settings.json";
    static final String DAMAGED = NAME + ".damaged-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    // one lock for all settings files in this JVM: changes are rare and tiny, and a read-change-write must not interleave
    private static final ReentrantLock CHANGING = new ReentrantLock();

    private final Path file;
    private final LegacySettingsFiles legacy;
    private final Clock clock;

    public SettingsFile(Path dataFolder) {
        this(dataFolder, Clock.systemUTC());
    }

    SettingsFile(Path dataFolder, Clock clock) {
        this.file = dataFolder.resolve(NAME);
        this.legacy = new LegacySettingsFiles(dataFolder);
        this.clock = clock;
    }

    /** What the file holds now, or without it yet what the earlier version's files hold; tree is what to keep on write. */
    private record Stored(DeskSettings settings, ObjectNode tree) {
    }

    /**
     * The settings as saved, or before the first save as the earlier version's files say; writes
     * nothing. Fails on a damaged file: {@code log verify} must not quietly check fewer anchors.
     */
    public DeskSettings read() throws IOException {
        return Files.exists(file) ? SettingsJson.parse(tree()) : legacy.readForAnchors();
    }

    /**
     * For the desk's start, never failing: takes over the earlier version's files once (they stay for
     * an older version that may still run), copies a damaged file aside and starts with defaults.
     */
    public DeskSettings load() {
        CHANGING.lock();
        try {
            if (!Files.exists(file) && !legacy.any()) {
                return DeskSettings.DEFAULTS;
            }
            boolean migrating = !Files.exists(file);
            Stored stored = stored();
            if (migrating) {
                takeOver(stored);
            }
            return stored.settings();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not read or take over {}; the desk starts with its default settings", NAME, e);
            return DeskSettings.DEFAULTS;
        } finally {
            CHANGING.unlock();
        }
    }

    /** A failed write keeps what was taken over for this session; the next start tries again. */
    private void takeOver(Stored stored) {
        try {
            write(stored);
            LOG.info("Desk settings taken over from the files of the earlier version into {}", NAME);
        } catch (IOException e) {
            LOG.warn("Could not write {}; the earlier version's settings are used for now", NAME, e);
        }
    }

    /** Reads, changes and writes the file in one go; returns what was written. */
    public DeskSettings update(UnaryOperator<DeskSettings> change) throws IOException {
        CHANGING.lock();
        try {
            Stored stored = stored();
            Stored changed = new Stored(change.apply(stored.settings()), stored.tree());
            write(changed);
            return changed.settings();
        } finally {
            CHANGING.unlock();
        }
    }

    private Stored stored() throws IOException {
        if (!Files.exists(file)) {
            return new Stored(legacy.read(), SettingsJson.MAPPER.createObjectNode());
        }
        try {
            ObjectNode tree = tree();
            return new Stored(SettingsJson.parse(tree), tree);
        } catch (DamagedSettingsException e) {
            Path aside = file.resolveSibling(DAMAGED + STAMP.format(clock.instant()));
            Files.copy(file, aside, StandardCopyOption.COPY_ATTRIBUTES);
            // a damaged file is replaced by defaults, not by the earlier version's files: those are older still
            LOG.warn("{} is damaged; kept as {}, the desk goes on with its default settings", NAME, aside.getFileName(), e);
            // written now, so the earlier version's files are not taken over again
            Stored defaults = new Stored(DeskSettings.DEFAULTS, SettingsJson.MAPPER.createObjectNode());
            write(defaults);
            return defaults;
        }
    }

    private ObjectNode tree() throws IOException {
        return SettingsJson.tree(Files.readAllBytes(file));
    }

    private void write(Stored stored) throws IOException {
        AtomicFiles.writeAtomically(file, SettingsJson.write(stored.settings(), stored.tree()));
    }
}

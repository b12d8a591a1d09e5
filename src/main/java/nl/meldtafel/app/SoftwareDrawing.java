package nl.meldtafel.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers that this PC draws the desk in software (no usable graphics hardware: a virtual desktop, a
 * remote session, Xvfb). JavaFX finds that out at every start by trying the hardware pipeline first,
 * which loads the graphics driver: under Mesa about 50 MB resident for the desk's whole life, for
 * nothing. After a start that fell back to software, the starts of the next week go straight to it;
 * then the hardware is tried again, so a new driver is found. An order given with {@code -Dprism.order}
 * is left alone.
 */
final class SoftwareDrawing {

    private static final Logger LOG = LoggerFactory.getLogger(SoftwareDrawing.class);

    static final String FILE = "software-drawing.txt";
    static final Duration TRY_HARDWARE_AGAIN = Duration.ofDays(7);
    static final String ORDER = "prism.order";
    /** Set when this start lets JavaFX try the hardware, so what it found is worth remembering. */
    static final String PROBING = "meldtafel.drawing.probing";

    private SoftwareDrawing() {
    }

    /**
     * Before the toolkit starts: straight to software drawing when this PC had no usable hardware lately.
     * Returns when that was found, for {@link #logChoice} once the log file is open.
     */
    static Optional<Instant> beforeLaunch(Path dataFolder, Clock clock) {
        if (System.getProperty(ORDER) != null) {
            return Optional.empty();
        }
        Optional<Instant> found = foundAt(dataFolder);
        if (found.isPresent() && !found.get().isBefore(clock.instant().minus(TRY_HARDWARE_AGAIN))
                && !found.get().isAfter(clock.instant())) {
            System.setProperty(ORDER, "sw");
            return found;
        }
        System.setProperty(PROBING, "true");
        return Optional.empty();
    }

    static void logChoice(Optional<Instant> softwareSince) {
        softwareSince.ifPresent(at -> LOG.info("Drawing in software, as this PC could not draw in hardware on {}", at));
    }

    /** After the toolkit started: remembers software drawing, or forgets it once the hardware works. */
    static void afterLaunch(Path dataFolder, boolean hardware, Clock clock) {
        if (!Boolean.getBoolean(PROBING)) {
            return;
        }
        Path file = dataFolder.resolve(FILE);
        try {
            if (hardware) {
                Files.deleteIfExists(file);
            } else {
                Files.writeString(file, clock.instant() + System.lineSeparator(), StandardCharsets.UTF_8);
                LOG.info("No usable graphics hardware: the next starts draw in software from the start");
            }
        } catch (IOException e) {
            // only a lighter next start is lost
            LOG.info("Could not note the drawing pipeline in {} ({})", file, e.getClass().getSimpleName());
        }
    }

    private static Optional<Instant> foundAt(Path dataFolder) {
        Path file = dataFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException e) {
            LOG.info("Ignoring {} ({}); the hardware is tried", file, e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}

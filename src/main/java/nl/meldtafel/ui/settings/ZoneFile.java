package nl.meldtafel.ui.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.meldtafel.ui.common.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** The desk's time zone chosen in Instellingen ({@code zone.json} in the data folder), read at start-up. */
public final class ZoneFile {

    private static final Logger LOG = LoggerFactory.getLogger(ZoneFile.class);

    static final String FILE = "zone.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public ZoneFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
    }

    /** Empty when never chosen, or unreadable: the desk then keeps Dutch time. */
    public Optional<ZoneId> load() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            JsonNode zone = JSON.readTree(file.toFile()).get("zone");
            return zone == null || !zone.isTextual() ? Optional.empty() : Optional.of(ZoneId.of(zone.asText()));
        } catch (IOException | DateTimeException e) {
            LOG.warn("Could not read {}; the desk keeps Dutch time", FILE, e);
            return Optional.empty();
        }
    }

    public void save(ZoneId zone) throws IOException {
        JsonFiles.writeAtomically(file, JSON.writeValueAsBytes(JSON.createObjectNode().put("zone", zone.getId())));
    }
}

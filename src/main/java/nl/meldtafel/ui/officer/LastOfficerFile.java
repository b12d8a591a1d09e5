package nl.meldtafel.ui.officer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.ui.common.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Who sat at this desk last ({@code officer.json}), so the question starts with that officer selected. */
public final class LastOfficerFile {

    private static final Logger LOG = LoggerFactory.getLogger(LastOfficerFile.class);

    static final String FILE = "officer.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public LastOfficerFile(Path settingsFolder) {
        this.file = settingsFolder.resolve(FILE);
    }

    /** Empty when never saved or unreadable: only a default selection depends on it. */
    public Optional<String> load() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            JsonNode number = JSON.readTree(file.toFile()).get("personnelNumber");
            return number == null || !number.isTextual() ? Optional.empty() : Optional.of(number.asText());
        } catch (IOException e) {
            LOG.warn("Could not read {}; no officer is preselected", FILE, e);
            return Optional.empty();
        }
    }

    public void save(String personnelNumber) throws IOException {
        JsonFiles.writeAtomically(file, JSON.writeValueAsBytes(JSON.createObjectNode().put("personnelNumber", personnelNumber)));
    }

    /** Keeps the whole officer, so the desk can send before its database is open (the question still follows). */
    public void save(Officer officer) throws IOException {
        JsonFiles.writeAtomically(file, JSON.writeValueAsBytes(JSON.createObjectNode()
                .put("personnelNumber", officer.personnelNumber()).put("id", officer.id()).put("name", officer.name())));
    }

    /** The last officer in full; empty for a file from an older version (number only) or an unreadable one. */
    public Optional<Officer> loadOfficer() {
        try {
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            JsonNode node = JSON.readTree(file.toFile());
            JsonNode id = node.get("id");
            JsonNode name = node.get("name");
            JsonNode number = node.get("personnelNumber");
            if (id == null || !id.canConvertToLong() || name == null || !name.isTextual() || number == null || !number.isTextual()) {
                return Optional.empty();
            }
            return Optional.of(new Officer(id.asLong(), name.asText(), number.asText()));
        } catch (IOException e) {
            LOG.warn("Could not read {}; no officer is preselected", FILE, e);
            return Optional.empty();
        }
    }
}

package nl.meldtafel.ui.officer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.meldtafel.ui.common.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Who sat at this desk last ({@code officer.json}), so the question starts with that officer selected. */
public final class LastOfficerFile {

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
            return Optional.empty();
        }
    }

    public void save(String personnelNumber) throws IOException {
        JsonFiles.writeAtomically(file, JSON.writeValueAsBytes(JSON.createObjectNode().put("personnelNumber", personnelNumber)));
    }
}

package nl.meldtafel.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The four files earlier versions kept in the data folder, read when there is no settings.json yet.
 * Each is read as its own loader did: a damaged one is logged and skipped, except that a damaged
 * anchor-place.json stops {@code log verify}, which must not quietly check fewer anchors.
 */
final class LegacySettingsFiles {

    private static final Logger LOG = LoggerFactory.getLogger(LegacySettingsFiles.class);

    static final String WINDOW = "window.json";
    static final String OFFICER = "officer.json";
    static final String ZONE = "zone.json";
    static final String ANCHOR_PLACE = "anchor-place.json";
    static final List<String> NAMES = List.of(WINDOW, OFFICER, ZONE, ANCHOR_PLACE);

    private final Path dataFolder;

    LegacySettingsFiles(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    boolean any() {
        return NAMES.stream().anyMatch(name -> Files.exists(dataFolder.resolve(name)));
    }

    /** All four, a damaged one skipped: for the desk's start. */
    DeskSettings read() {
        Optional<Path> place;
        try {
            place = anchorPlace();
        } catch (IOException e) {
            LOG.warn("Could not read {}; no second anchor place is taken over", ANCHOR_PLACE, e);
            place = Optional.empty();
        }
        return new DeskSettings(window(), officer(), zone(), place, Optional.empty());
    }

    /** As {@link #read()}, but fails on a damaged anchor-place.json: for the chain anchors. */
    DeskSettings readForAnchors() throws IOException {
        return new DeskSettings(window(), officer(), zone(), anchorPlace(), Optional.empty());
    }

    private Optional<WindowPlacement> window() {
        return tree(WINDOW, "the window opens at its default place").map(node -> new WindowPlacement(
                node.path("x").asDouble(), node.path("y").asDouble(), node.path("width").asDouble(),
                node.path("height").asDouble(), node.path("maximized").asBoolean()));
    }

    private Optional<LastOfficer> officer() {
        return tree(OFFICER, "no officer is preselected").flatMap(node -> {
            JsonNode number = node.get("personnelNumber");
            JsonNode id = node.get("id");
            JsonNode name = node.get("name");
            if (number == null || !number.isTextual()) {
                return Optional.empty();
            }
            // a file of a still older version has the number only
            boolean full = id != null && id.canConvertToLong() && name != null && name.isTextual();
            return Optional.of(full ? new LastOfficer(number.asText(), id.asLong(), name.asText()) : LastOfficer.numberOnly(number.asText()));
        });
    }

    private Optional<ZoneId> zone() {
        return tree(ZONE, "the desk keeps Dutch time").flatMap(node -> {
            JsonNode zone = node.get("zone");
            try {
                return zone == null || !zone.isTextual() ? Optional.empty() : Optional.of(ZoneId.of(zone.asText()));
            } catch (DateTimeException e) {
                LOG.warn("Could not read {}; the desk keeps Dutch time", ZONE, e);
                return Optional.empty();
            }
        });
    }

    private Optional<Path> anchorPlace() throws IOException {
        Path file = dataFolder.resolve(ANCHOR_PLACE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = SettingsJson.MAPPER.readTree(file.toFile());
            JsonNode folder = root == null ? null : root.get("folder");
            return folder == null || !folder.isTextual() || folder.asText().isBlank()
                    ? Optional.empty() : Optional.of(Path.of(folder.asText()));
        } catch (InvalidPathException e) {
            throw new DamagedSettingsException("The folder in " + ANCHOR_PLACE + " is not a path");
        }
    }

    private Optional<JsonNode> tree(String name, String consequence) {
        Path file = dataFolder.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = SettingsJson.MAPPER.readTree(file.toFile());
            return node == null || !node.isObject() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            LOG.warn("Could not read {}; {}", name, consequence, e);
            return Optional.empty();
        }
    }
}

package nl.meldtafel.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The format of {@code settings.json}. A field of the wrong type means the file is damaged; a zone this
 * Java does not know is only skipped (Dutch time then), as zone.json did.
 */
final class SettingsJson {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsJson.class);

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int VERSION = 1;

    private SettingsJson() {
    }

    /** The file's tree; an empty or non-object file is damaged. */
    static ObjectNode tree(byte[] content) throws DamagedSettingsException {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (java.io.IOException e) {
            // the position only: the parser's message quotes the file, which may hold an officer's name
            throw new DamagedSettingsException(e instanceof JsonProcessingException json && json.getLocation() != null
                    ? "Not JSON at line " + json.getLocation().getLineNr() + ", column " + json.getLocation().getColumnNr()
                    : "Not JSON");
        }
        if (root == null || !root.isObject()) {
            throw new DamagedSettingsException("Not a JSON object");
        }
        return (ObjectNode) root;
    }

    static DeskSettings parse(ObjectNode root) throws DamagedSettingsException {
        return new DeskSettings(window(root.get("window")), officer(root.get("officer")), zone(root.get("zone")),
                place(root.get("secondAnchorPlace")), text(root.get("server"), "server"), text(root.get("team"), "team"));
    }

    /** Our fields written into {@code base}, so fields a newer version added survive an older one's save. */
    static byte[] write(DeskSettings settings, ObjectNode base) throws JsonProcessingException {
        ObjectNode root = base.deepCopy();
        root.put("version", VERSION);
        root.remove(java.util.List.of("window", "officer", "zone", "secondAnchorPlace", "server", "team"));
        settings.window().ifPresent(w -> root.putObject("window").put("x", w.x()).put("y", w.y())
                .put("width", w.width()).put("height", w.height()).put("maximized", w.maximized()));
        settings.lastOfficer().ifPresent(o -> officerNode(root.putObject("officer"), o));
        settings.zone().ifPresent(z -> root.put("zone", z.getId()));
        settings.secondAnchorPlace().ifPresent(p -> root.put("secondAnchorPlace", p.toString()));
        settings.server().ifPresent(a -> root.put("server", a));
        settings.team().ifPresent(t -> root.put("team", t));
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    /** Shared with officer.json of the earlier version, which had the same three fields. */
    static ObjectNode officerNode(ObjectNode node, LastOfficer officer) {
        node.put("personnelNumber", officer.personnelNumber());
        if (officer.id() != null) {
            node.put("id", officer.id());
        }
        if (officer.name() != null) {
            node.put("name", officer.name());
        }
        return node;
    }

    private static Optional<WindowPlacement> window(JsonNode node) throws DamagedSettingsException {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isObject() || !node.path("maximized").isBoolean()) {
            throw new DamagedSettingsException("window is not a placement");
        }
        return Optional.of(new WindowPlacement(number(node, "x"), number(node, "y"), number(node, "width"),
                number(node, "height"), node.get("maximized").asBoolean()));
    }

    private static double number(JsonNode window, String field) throws DamagedSettingsException {
        JsonNode value = window.get(field);
        if (value == null || !value.isNumber()) {
            throw new DamagedSettingsException("window." + field + " is not a number");
        }
        return value.asDouble();
    }

    static Optional<LastOfficer> officer(JsonNode node) throws DamagedSettingsException {
        if (absent(node)) {
            return Optional.empty();
        }
        JsonNode number = node.get("personnelNumber");
        JsonNode id = node.get("id");
        JsonNode name = node.get("name");
        if (!node.isObject() || number == null || !number.isTextual()
                || !absent(id) && !id.canConvertToLong() || !absent(name) && !name.isTextual()) {
            throw new DamagedSettingsException("officer is not an officer");
        }
        return Optional.of(new LastOfficer(number.asText(), absent(id) ? null : id.asLong(), absent(name) ? null : name.asText()));
    }

    static Optional<ZoneId> zone(JsonNode node) throws DamagedSettingsException {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new DamagedSettingsException("zone is not text");
        }
        try {
            return Optional.of(ZoneId.of(node.asText()));
        } catch (DateTimeException e) {
            LOG.warn("The chosen time zone is unknown to this Java; the desk keeps Dutch time", e);
            return Optional.empty();
        }
    }

    /**
     * The server's address or the team as typed in Instellingen; checked where it is used, so a bad one
     * is said there.
     */
    static Optional<String> text(JsonNode node, String field) throws DamagedSettingsException {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new DamagedSettingsException(field + " is not text");
        }
        return node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText().strip());
    }

    /** Blank is "no second place", as anchor-place.json wrote a cleared place. */
    static Optional<Path> place(JsonNode node) throws DamagedSettingsException {
        if (absent(node)) {
            return Optional.empty();
        }
        if (!node.isTextual()) {
            throw new DamagedSettingsException("the anchor place is not text");
        }
        try {
            return node.asText().isBlank() ? Optional.empty() : Optional.of(Path.of(node.asText()));
        } catch (InvalidPathException e) {
            throw new DamagedSettingsException("the anchor place is not a path");
        }
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }
}

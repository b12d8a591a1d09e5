package nl.meldtafel.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.meldtafel.message.FieldValues;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the {@code drafts.json} that earlier versions kept in the data folder:
 * {"selected": id, "forms": {id: values}, "links": {id: {"parentId": n, "description": s}}}.
 * Only for the one-time import into the database; nothing writes this file any more.
 */
final class LegacyDraftsFile {

    static final String NAME = "drafts.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private LegacyDraftsFile() {
    }

    /** An IOException or IllegalArgumentException when the file is not what earlier versions wrote. */
    static Drafts read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        Map<String, FieldValues> forms = new LinkedHashMap<>();
        var entries = root.path("forms").fields();
        while (entries.hasNext()) {
            var e = entries.next();
            forms.put(e.getKey(), FieldValues.fromJson(e.getValue()));
        }
        Map<String, ComposeViewModel.Link> links = new LinkedHashMap<>();
        root.path("links").fields().forEachRemaining(e -> {
            JsonNode parent = e.getValue().get("parentId");
            if (parent != null && parent.canConvertToLong()) {
                links.put(e.getKey(), new ComposeViewModel.Link(parent.asLong(), e.getValue().path("description").asText("")));
            }
        });
        JsonNode selected = root.get("selected");
        return new Drafts(selected == null || selected.isNull() ? null : selected.asText(), forms, links);
    }
}

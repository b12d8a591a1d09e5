package nl.meldtafel.ui.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.ui.common.JsonFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Drafts as {@code drafts.json}: {"selected": id, "forms": {id: values}, "links": {id: {"parentId": n, "description": s}}}. */
public final class FileDraftStore implements DraftStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    public FileDraftStore(Path settingsFolder) {
        this.file = settingsFolder.resolve("drafts.json");
    }

    @Override
    public Drafts load() throws IOException {
        if (!Files.exists(file)) {
            return Drafts.NONE;
        }
        JsonNode root = JSON.readTree(file.toFile());
        Map<String, FieldValues> forms = new LinkedHashMap<>();
        root.path("forms").fields().forEachRemaining(e -> forms.put(e.getKey(), FieldValues.fromJson(e.getValue())));
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

    @Override
    public void save(Drafts drafts) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("selected", drafts.selectedTemplate());
        ObjectNode forms = root.putObject("forms");
        drafts.forms().forEach((id, values) -> forms.set(id, values.toJson()));
        ObjectNode links = root.putObject("links");
        drafts.links().forEach((id, link) -> links.putObject(id).put("parentId", link.parentId()).put("description", link.description()));
        JsonFiles.writeAtomically(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
    }
}

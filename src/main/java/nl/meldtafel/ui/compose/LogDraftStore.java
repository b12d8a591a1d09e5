package nl.meldtafel.ui.compose;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.DraftService;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.message.FieldValues;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drafts in the log ({@link DraftService}: one per officer and template), so they are
 * private to the officer and the retention run removes old ones with the rest. A row's JSON is
 * {"values": {...}} plus, for a form answering an earlier alert, "link": {"parentId": n, "description": s}.
 * The first load after an upgrade imports the old {@code drafts.json} (see {@link #importOldFile}).
 */
public final class LogDraftStore implements DraftStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(LogDraftStore.class);

    private final DraftService drafts;
    private final Path oldFile;
    private final Clock clock;

    public LogDraftStore(DraftService drafts, Path dataFolder, Clock clock) {
        this.drafts = drafts;
        this.oldFile = dataFolder.resolve(LegacyDraftsFile.NAME);
        this.clock = clock;
    }

    @Override
    public Drafts load(Officer officer) {
        String problem = importOldFile(officer);
        Map<String, FieldValues> forms = new LinkedHashMap<>();
        Map<String, ComposeViewModel.Link> links = new LinkedHashMap<>();
        List<Draft> rows = drafts.forOfficer(officer.id()); // newest first: that form opens
        int unreadable = 0;
        for (Draft row : rows) {
            try {
                JsonNode root = JSON.readTree(row.valuesJson());
                forms.put(row.templateId(), FieldValues.fromJson(root.path("values")));
                JsonNode link = root.path("link");
                if (link.path("parentId").canConvertToLong()) {
                    links.put(row.templateId(), new ComposeViewModel.Link(link.get("parentId").asLong(),
                            link.path("description").asText("")));
                }
            } catch (IOException | IllegalArgumentException e) {
                unreadable++; // left in the table: retention removes it in time
            }
        }
        if (unreadable > 0) {
            LOG.warn("{} unreadable draft row(s) skipped", unreadable);
            problem = problem != null ? problem : Texts.get("compose.draft.unreadableRows", unreadable);
        }
        String newest = forms.isEmpty() ? null : forms.keySet().iterator().next();
        return new Drafts(newest, forms, links, problem);
    }

    @Override
    public void save(Officer officer, DraftChanges changes) {
        if (changes.isEmpty()) {
            return;
        }
        Map<String, String> changed = new LinkedHashMap<>();
        changes.forms().forEach((id, values) -> changed.put(id, encode(values, changes.links().get(id))));
        drafts.apply(officer.id(), changed, changes.removed(), clock.instant());
    }

    static String encode(FieldValues values, ComposeViewModel.Link link) {
        ObjectNode root = JSON.createObjectNode();
        root.set("values", values.toJson());
        if (link != null) {
            root.putObject("link").put("parentId", link.parentId()).put("description", link.description());
        }
        return root.toString();
    }

    /**
     * Moves the drafts of an earlier version's {@code drafts.json} into the table, for the officer whose
     * drafts are read first (at start the one in officer.json, who sat here last), then deletes the file.
     * One transaction, the file deleted only after the commit: a crash in between imports again, and an
     * import never replaces a draft already in the table, so that changes nothing. A file that cannot be
     * read stays where it is. Returns why it stays, or null.
     */
    private String importOldFile(Officer officer) {
        if (!Files.exists(oldFile)) {
            return null;
        }
        Drafts old;
        Instant savedAt;
        try {
            old = LegacyDraftsFile.read(oldFile);
            // the file's age is the drafts' age: retention removes an abandoned one as it would have in the table
            savedAt = Files.getLastModifiedTime(oldFile).toInstant();
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Could not read {}; left in place", oldFile, e);
            return Texts.get("compose.draft.oldFileUnreadable", oldFile);
        }
        List<Draft> found = new ArrayList<>();
        for (Map.Entry<String, FieldValues> form : old.forms().entrySet()) {
            String id = form.getKey();
            // the form that was open is the newest, so it opens again
            Instant at = id.equals(old.selectedTemplate()) ? savedAt : savedAt.minusMillis(1);
            found.add(new Draft(officer.id(), id, encode(form.getValue(), old.links().get(id)), at));
        }
        int imported = drafts.addMissing(found);
        try {
            Files.deleteIfExists(oldFile.resolveSibling(LegacyDraftsFile.NAME + ".tmp")); // a save cut off by a crash
            Files.delete(oldFile);
        } catch (IOException e) {
            LOG.warn("Imported {} draft(s) but could not delete {}", imported, oldFile, e);
            return Texts.get("compose.draft.oldFileNotDeleted", oldFile);
        }
        LOG.info("Imported {} draft(s) from {} and deleted it", imported, LegacyDraftsFile.NAME);
        return null;
    }
}

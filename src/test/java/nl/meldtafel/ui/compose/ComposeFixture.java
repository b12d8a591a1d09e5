package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.TaskRunner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compose view model over the real templates, a fixed clock (14.32) and in-memory seams. */
public final class ComposeFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 14, 32).atZone(ZONE).toInstant(), ZONE);
    static final TemplateCatalog CATALOG = TemplateSource.fromDirectory(Path.of("templates"));

    final InMemoryAlertSink sink = new InMemoryAlertSink(CLOCK);
    final InMemoryDraftStore drafts = new InMemoryDraftStore();
    final List<String> clipboard = new ArrayList<>();
    final List<String> browser = new ArrayList<>();
    final ComposeViewModel model = new ComposeViewModel(new MessageRenderer(CLOCK), CLOCK, sink, drafts,
            TaskRunner.sameThread(), clipboard::add, browser::add);

    static final Officer OFFICER = new Officer(1, "J. de Vries", "123456");

    ComposeFixture() {
        model.setTemplates(CATALOG.templates());
        model.officerProperty().set(OFFICER);
    }

    public static TemplateDefinition template(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    FormModel open(String id) {
        model.select(template(id));
        return model.formProperty().get();
    }

    /** The store's contract without a database, for the view model's rules; LogDraftStoreTest covers SQLite. */
    static final class InMemoryDraftStore implements DraftStore {
        // per officer id, oldest save first
        private final Map<Long, LinkedHashMap<String, FieldValues>> forms = new HashMap<>();
        private final Map<Long, Map<String, ComposeViewModel.Link>> links = new HashMap<>();
        int saves;
        DraftChanges lastSaved;
        // the next save fails with this (the database went away), then saving works again
        RuntimeException failNextSave;

        @Override
        public Drafts load(Officer officer) {
            List<String> newestFirst = new ArrayList<>(forms.getOrDefault(officer.id(), new LinkedHashMap<>()).keySet());
            Collections.reverse(newestFirst);
            Map<String, FieldValues> kept = new LinkedHashMap<>();
            newestFirst.forEach(id -> kept.put(id, forms.get(officer.id()).get(id)));
            Map<String, ComposeViewModel.Link> linked = new LinkedHashMap<>(links.getOrDefault(officer.id(), Map.of()));
            linked.keySet().retainAll(kept.keySet());
            return new Drafts(newestFirst.isEmpty() ? null : newestFirst.get(0), kept, linked);
        }

        @Override
        public void save(Officer officer, DraftChanges changes) {
            if (failNextSave != null) {
                RuntimeException failure = failNextSave;
                failNextSave = null;
                throw failure;
            }
            lastSaved = changes;
            LinkedHashMap<String, FieldValues> mine = forms.computeIfAbsent(officer.id(), id -> new LinkedHashMap<>());
            Map<String, ComposeViewModel.Link> myLinks = links.computeIfAbsent(officer.id(), id -> new HashMap<>());
            changes.forms().forEach((id, values) -> {
                mine.remove(id); // to the end: the newest
                mine.put(id, values);
                myLinks.remove(id);
                if (changes.links().containsKey(id)) {
                    myLinks.put(id, changes.links().get(id));
                }
            });
            changes.removed().forEach(id -> {
                mine.remove(id);
                myLinks.remove(id);
            });
            saves++;
        }

        /** What the fixture's officer would find on the next start. */
        Drafts saved() {
            return load(OFFICER);
        }

        /** The same stored drafts, as a restart of the desk would find them. */
        InMemoryDraftStore copyInto(InMemoryDraftStore next) {
            forms.forEach((id, kept) -> next.forms.put(id, new LinkedHashMap<>(kept)));
            links.forEach((id, kept) -> next.links.put(id, new HashMap<>(kept)));
            return next;
        }
    }
}

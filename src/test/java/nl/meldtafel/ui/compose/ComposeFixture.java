package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;
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
import java.util.List;

/** A compose view model over the real templates, a fixed clock (14.32) and in-memory seams. */
final class ComposeFixture {

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

    static TemplateDefinition template(String id) {
        return CATALOG.find(id).orElseThrow();
    }

    FormModel open(String id) {
        model.select(template(id));
        return model.formProperty().get();
    }

    static final class InMemoryDraftStore implements DraftStore {
        Drafts saved = Drafts.NONE;
        int saves;

        @Override
        public Drafts load() {
            return saved;
        }

        @Override
        public void save(Drafts drafts) {
            saved = drafts;
            saves++;
        }
    }
}

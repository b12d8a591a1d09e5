package nl.meldtafel.ui.desk;

import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;
import nl.meldtafel.ui.compose.DraftStore;
import nl.meldtafel.ui.compose.Drafts;
import nl.meldtafel.ui.compose.InMemoryAlertSink;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** A desk over the real templates plus, when asked, one broken template file. */
final class DeskFixture {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final Clock CLOCK = Clock.fixed(LocalDateTime.of(2026, 11, 23, 14, 32).atZone(ZONE).toInstant(), ZONE);

    final ComposeViewModel compose = new ComposeViewModel(new MessageRenderer(CLOCK), CLOCK, new InMemoryAlertSink(CLOCK),
            new NoDrafts(), TaskRunner.sameThread(), text -> { }, url -> { });
    final DeskViewModel desk;

    DeskFixture(boolean withBrokenTemplate) {
        desk = new DeskViewModel(TaskRunner.sameThread(), () -> catalog(withBrokenTemplate), compose, "/data/meldtafel");
    }

    static TemplateCatalog catalog(boolean withBrokenTemplate) throws Exception {
        if (!withBrokenTemplate) {
            return TemplateSource.fromDirectory(Path.of("templates"));
        }
        List<TemplateSource.File> files = List.of(
                new TemplateSource.File("heterdaad.json", Files.readAllBytes(Path.of("templates", "heterdaad.json"))),
                new TemplateSource.File("kapot.json", "{ \"id\": ".getBytes(StandardCharsets.UTF_8)));
        return TemplateCatalog.parse(files, "test");
    }

    private static final class NoDrafts implements DraftStore {
        @Override
        public Drafts load() {
            return Drafts.NONE;
        }

        @Override
        public void save(Drafts drafts) {
            // The desk tests do not look at drafts.
        }
    }
}

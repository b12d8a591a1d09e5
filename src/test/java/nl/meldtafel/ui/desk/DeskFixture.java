package nl.meldtafel.ui.desk;

import nl.meldtafel.app.DeskAssembly;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.store.Storage;
import java.util.Optional;

import nl.meldtafel.store.MutableClock;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateSource;
import nl.meldtafel.ui.common.TaskRunner;
import nl.meldtafel.ui.compose.ComposeViewModel;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A desk over the real templates (plus, when asked, one broken file) and a real database in {@code folder}. */
final class DeskFixture implements AutoCloseable {

    static final ZoneId ZONE = MutableClock.AMSTERDAM;

    final MutableClock clock = new MutableClock(LocalDateTime.of(2026, 11, 23, 14, 32).atZone(ZONE).toInstant());
    final List<String> clipboard = new ArrayList<>();
    final SettingsSaver settings;
    final DeskAssembly assembly;
    /** The services over the fixture's log, to check what the desk recorded. */
    final Storage storage;
    final DatabaseViewModel database;
    final ComposeViewModel compose;
    final DeskViewModel desk;

    DeskFixture(boolean withBrokenTemplate, Path folder) {
        this(withBrokenTemplate, folder, TaskRunner.sameThread());
    }

    DeskFixture(boolean withBrokenTemplate, Path folder, TaskRunner runner) {
        this(withBrokenTemplate, folder, runner, null);
    }

    /** As the app wires it: copied text to {@code clipboardOut} (the list when null). */
    DeskFixture(Path folder, TaskRunner runner, Consumer<String> clipboardOut) {
        this(false, folder, runner, clipboardOut);
    }

    /** Built by the app's own {@link DeskAssembly}: drafts in the database, as the app keeps them. */
    private DeskFixture(boolean withBrokenTemplate, Path folder, TaskRunner runner, Consumer<String> clipboardOut) {
        settings = SettingsSaver.open(folder);
        assembly = new DeskAssembly(folder, clock, new DeskAssembly.Runners(runner, runner, runner),
                new DeskAssembly.Outside(clipboardOut == null ? clipboard::add : clipboardOut, url -> { }),
                () -> catalog(withBrokenTemplate), Optional.empty(), settings);
        storage = assembly.storage();
        database = assembly.database();
        compose = assembly.compose();
        desk = assembly.desk();
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

    @Override
    public void close() {
        assembly.close();
        settings.close();
    }
}

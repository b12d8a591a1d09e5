package nl.meldtafel.ui.desk;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import nl.meldtafel.app.DeskAssembly;
import nl.meldtafel.ui.DeskWindow;
import nl.meldtafel.ui.common.FxClipboard;
import nl.meldtafel.ui.common.FxTaskRunner;
import nl.meldtafel.ui.officer.LastOfficerSetting;
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
    /** The background runner of a desk from {@link #shownIn}, closed with the fixture. */
    private FxTaskRunner ownRunner;

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

    /**
     * The desk as the app shows it in {@code window}: its own background runner, the system clipboard, the last
     * officer assumed as MeldtafelApp.init does, then started. Call off the FX thread; {@link #close} ends it all.
     */
    static DeskFixture shownIn(DeskWindow window, Path folder) throws Exception {
        return window.onFx(() -> {
            Scene scene = window.show(new Pane());
            FxTaskRunner runner = new FxTaskRunner();
            DeskFixture shown = new DeskFixture(folder, runner, FxClipboard::putText);
            shown.ownRunner = runner;
            shown.desk.officers().assumeLastOfficer(new LastOfficerSetting(shown.settings).officer());
            scene.setRoot(new DeskView(shown.desk, ZONE));
            shown.desk.start();
            return shown;
        });
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
        if (ownRunner != null) {
            try {
                ownRunner.close(); // its last steps still use the log
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        assembly.close();
        settings.close();
    }
}

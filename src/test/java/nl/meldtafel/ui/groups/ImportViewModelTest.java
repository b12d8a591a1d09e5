package nl.meldtafel.ui.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.meldtafel.store.MutableClock;
import nl.meldtafel.fake.FakeServices;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {

    @TempDir
    Path dir;
    private FakeServices services;

    /** Holds work until the test runs it, as a worker thread would run it later. */
    private static final class LaterRunner implements TaskRunner {
        final List<Runnable> queued = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            queued.add(() -> TaskRunner.sameThread().run(work, onSuccess, onFailure));
        }

        void runAll() {
            List.copyOf(queued).forEach(Runnable::run);
            queued.clear();
        }
    }

    @BeforeEach
    void open() {
        services = new FakeServices(new MutableClock(Instant.parse("2026-11-23T13:00:00Z")));
    }

    private Path file() throws Exception {
        StringBuilder csv = new StringBuilder("Groepsnaam;Kern;Beheerder;Telefoon\n");
        for (int i = 0; i < 2000; i++) {
            csv.append("Groep ").append(i).append(";Oegstgeest;Beheerder ").append(i).append(";06").append(10_000_000 + i).append('\n');
        }
        return Files.writeString(dir.resolve("groot.csv"), csv, StandardCharsets.UTF_8);
    }

    @Test
    void readingReportsProgressAndShowsThePreviewWhenDone() throws Exception {
        LaterRunner runner = new LaterRunner();
        ImportViewModel model = new ImportViewModel(services.register, runner, () -> null, text -> { });

        model.read(file());
        assertTrue(model.readingProperty().get());
        assertFalse(model.canImportProperty().get(), "nothing can be imported while reading");
        runner.runAll();

        assertFalse(model.readingProperty().get());
        assertEquals(1.0, model.progress(), 0.01);
        assertEquals(List.of(new ImportViewModel.GemeenteLine("Oegstgeest", "2000", "0", "0", "0")), model.gemeenten());
        assertTrue(model.canImportProperty().get());
    }

    @Test
    void stoppingAReadingShowsThePreviewOfNothingAndWritesNothing() throws Exception {
        LaterRunner runner = new LaterRunner();
        ImportViewModel model = new ImportViewModel(services.register, runner, () -> null, text -> { });
        model.read(file());

        model.stop();
        runner.runAll();

        assertNull(model.previewProperty().get());
        assertEquals("Het inlezen is gestopt; er is niets opgeslagen.", model.errorProperty().get());
        assertFalse(model.busyProperty().get());
        assertFalse(model.canImportProperty().get());
        assertTrue(services.register.search("", true).isEmpty());
    }
}

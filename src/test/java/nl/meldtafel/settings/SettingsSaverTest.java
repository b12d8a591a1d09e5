package nl.meldtafel.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Changes in quick succession become one write, on the saver's own thread; closing loses nothing. */
class SettingsSaverTest {

    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);

    @TempDir
    Path dir;

    private static WindowPlacement at(int x) {
        return new WindowPlacement(x, 30, 1200, 700, false);
    }

    @Test
    void aWindowDraggedAcrossTheScreenIsOneWrite() throws Exception {
        try (SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), Duration.ofMillis(300))) {
            for (int x = 0; x < 100; x++) {
                int now = x;
                settings.update(s -> s.withWindow(at(now)));
            }
            assertEquals(Optional.of(at(99)), settings.current().window(), "at once in memory");

            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (settings.writes() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(600); // a second write would have come by now
            assertEquals(1, settings.writes());
            assertEquals(Optional.of(at(99)), new SettingsFile(dir).read().window());
        }
    }

    @Test
    void nothingIsWrittenBeforeTheDelayAndFlushWritesTheLastChange() throws Exception {
        SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF);
        for (int x = 0; x < 50; x++) {
            int now = x;
            settings.update(s -> s.withWindow(at(now)));
        }
        assertFalse(Files.exists(dir.resolve(SettingsFile.NAME)));
        assertEquals(0, settings.writes());

        settings.flush();
        assertEquals(1, settings.writes());
        assertEquals(Optional.of(at(49)), new SettingsFile(dir).read().window());

        settings.flush();
        assertEquals(1, settings.writes(), "nothing waiting, nothing written");
        settings.close();
    }

    @Test
    void closingWritesWhatIsStillWaiting() {
        try (SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF)) {
            settings.update(s -> s.withZone(ZoneId.of("UTC")));
        }
        assertEquals(Optional.of(ZoneId.of("UTC")), SettingsSaver.open(dir).current().zone());
    }

    @Test
    void saveNowWritesAtOnceWithTheChangesWaiting() throws Exception {
        try (SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF)) {
            settings.update(s -> s.withWindow(at(1)));
            settings.saveNow(s -> s.withZone(ZoneId.of("UTC")));

            DeskSettings saved = new SettingsFile(dir).read();
            assertEquals(Optional.of(at(1)), saved.window());
            assertEquals(Optional.of(ZoneId.of("UTC")), saved.zone());
        }
    }

    @Test
    void theFileIsWrittenOnTheSaversThreadNeverTheCallers() throws Exception {
        List<String> threads = new CopyOnWriteArrayList<>();
        try (SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF)) {
            settings.update(s -> {
                threads.add(Thread.currentThread().getName());
                return s.withWindow(at(1));
            });
            settings.flush();
        }
        // once on the caller's thread for the settings in memory, once on the saver's for the file
        assertEquals(List.of(Thread.currentThread().getName(), "settings-saver"), threads);
    }

    @Test
    void theSecondAnchorPlaceSetMeanwhileIsNotUndone() throws Exception {
        try (SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF)) {
            settings.update(s -> s.withWindow(at(1)));
            // as ChainAnchors does from the database thread
            new SettingsFile(dir).update(s -> s.withSecondAnchorPlace(dir.toAbsolutePath()));
            settings.flush();

            assertEquals(Optional.of(dir.toAbsolutePath()), new SettingsFile(dir).read().secondAnchorPlace());
            assertEquals(Optional.of(at(1)), new SettingsFile(dir).read().window());
            assertEquals(Optional.of(dir.toAbsolutePath()), settings.current().secondAnchorPlace(), "read back in memory");
        }
    }

    @Test
    void aFailedWriteIsSaidAndItsChangeWrittenWithTheNext() throws Exception {
        Path file = dir.resolve(SettingsFile.NAME);
        try (SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF)) {
            Files.createDirectory(file); // nothing can be written there
            settings.update(s -> s.withWindow(at(1)));
            assertThrows(IOException.class, () -> settings.saveNow(s -> s.withZone(ZoneId.of("UTC"))));
            assertEquals(Optional.of(ZoneId.of("UTC")), settings.current().zone(), "this session goes on with it");

            Files.delete(file);
            settings.flush();
        }
        DeskSettings saved = new SettingsFile(dir).read();
        assertEquals(Optional.of(at(1)), saved.window());
        assertEquals(Optional.of(ZoneId.of("UTC")), saved.zone());
    }

    @Test
    void aChangeAfterClosingIsNotWrittenAndDoesNotFail() {
        SettingsSaver settings = new SettingsSaver(new SettingsFile(dir), NEVER_BY_ITSELF);
        settings.close();
        settings.update(s -> s.withZone(ZoneId.of("UTC")));
        assertFalse(Files.exists(dir.resolve(SettingsFile.NAME)));
        assertTrue(settings.current().zone().isPresent());
    }
}

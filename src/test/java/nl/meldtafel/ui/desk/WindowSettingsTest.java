package nl.meldtafel.ui.desk;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class WindowSettingsTest {

    @TempDir
    Path folder;

    @Test
    void savedSettingsComeBack() throws Exception {
        WindowSettings settings = new WindowSettings(40, 30, 1200, 700, false);
        settings.save(folder.resolve("instellingen"));
        assertEquals(Optional.of(settings), WindowSettings.load(folder.resolve("instellingen")));
        assertFalse(Files.exists(folder.resolve("instellingen").resolve("window.json.tmp")));
    }

    @Test
    void neverSavedMeansDefaults() {
        assertEquals(Optional.empty(), WindowSettings.load(folder));
    }

    @Test
    void damagedFileIsIgnored() throws Exception {
        Files.writeString(folder.resolve("window.json"), "{ kapot");
        assertEquals(Optional.empty(), WindowSettings.load(folder));
    }
}

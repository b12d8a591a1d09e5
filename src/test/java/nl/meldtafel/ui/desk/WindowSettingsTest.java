package nl.meldtafel.ui.desk;

import nl.meldtafel.settings.SettingsFile;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.settings.WindowPlacement;
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
        WindowPlacement placement = new WindowPlacement(40, 30, 1200, 700, false);
        try (SettingsSaver settings = SettingsSaver.open(folder.resolve("instellingen"))) {
            settings.update(s -> s.withWindow(placement));
        }
        assertEquals(Optional.of(placement), SettingsSaver.open(folder.resolve("instellingen")).current().window());
        try (var left = Files.list(folder.resolve("instellingen"))) {
            assertFalse(left.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void neverSavedMeansDefaults() {
        assertEquals(Optional.empty(), SettingsSaver.open(folder).current().window());
    }

    @Test
    void damagedFileIsIgnored() throws Exception {
        Files.writeString(folder.resolve(SettingsFile.NAME), "{ kapot");
        assertEquals(Optional.empty(), SettingsSaver.open(folder).current().window());
    }

    @Test
    void aPlaceThatIsNotANumberYetIsNotKept() {
        assertFalse(WindowSettings.finite(new WindowPlacement(Double.NaN, Double.NaN, 1280, 760, false)));
    }
}

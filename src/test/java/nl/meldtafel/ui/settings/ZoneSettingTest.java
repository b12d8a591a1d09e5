package nl.meldtafel.ui.settings;

import nl.meldtafel.app.DeskZone;
import nl.meldtafel.settings.SettingsFile;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Dutch time unless chosen otherwise in Instellingen; the choice is kept and used from the next start. */
class ZoneSettingTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final ZoneId BONAIRE = ZoneId.of("America/Kralendijk");

    @TempDir
    Path dir;

    @Test
    void aDeskInCaribischNederlandChoosesItsZoneAndTheNextStartUsesIt() {
        ZoneSettingViewModel setting = new ZoneSettingViewModel(TaskRunner.sameThread(), SettingsSaver.open(dir), AMSTERDAM);
        assertEquals(AMSTERDAM, setting.chosenProperty().get(), "Dutch time by default");
        assertEquals("Nederland (Europe/Amsterdam)", ZoneSettingViewModel.label(AMSTERDAM));

        setting.chosenProperty().set(BONAIRE);
        setting.save();

        assertEquals("Opgeslagen: Bonaire, Sint Eustatius en Saba (America/Kralendijk). Start Meldtafel opnieuw om deze tijdzone te gebruiken.",
                setting.noticeProperty().get());
        assertEquals(BONAIRE, DeskZone.of(Map.of(), chosen()), "the next start");
    }

    @Test
    void noChoiceOrAnUnreadableFileMeansDutchTimeAndTheEnvironmentStillOverrides() throws Exception {
        assertEquals(AMSTERDAM, DeskZone.of(Map.of(), chosen()));
        Files.writeString(dir.resolve(SettingsFile.NAME), "{\"zone\":\"Mars/Olympus\"}");
        assertEquals(Optional.empty(), chosen());
        assertEquals(AMSTERDAM, DeskZone.of(Map.of(), chosen()));

        SettingsSaver.open(dir).saveNow(s -> s.withZone(BONAIRE));
        assertEquals(ZoneId.of("UTC"), DeskZone.of(Map.of(DeskZone.ENV, "UTC"), chosen()));
    }

    /** What the next start reads. */
    private Optional<ZoneId> chosen() {
        return SettingsSaver.open(dir).current().zone();
    }
}

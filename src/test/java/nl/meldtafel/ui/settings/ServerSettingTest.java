package nl.meldtafel.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import nl.meldtafel.settings.SettingsFile;
import nl.meldtafel.settings.SettingsSaver;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Server" in Instellingen: an address is checked, kept in settings.json without a password, and used from the next start. */
class ServerSettingTest {

    /** Stands in for the desk's check of an address (app.DeskAssembly, over ServerAddress). */
    private static final Function<String, Optional<String>> CHECK = a -> a.startsWith("postgresql://") && a.contains("@")
            ? a.contains(":geheim@") ? Optional.of("Zet geen wachtwoord in het adres.") : Optional.empty()
            : Optional.of("Dit is geen serveradres.");

    @TempDir
    Path dir;

    private ServerSettingViewModel setting() {
        return new ServerSettingViewModel(TaskRunner.sameThread(), SettingsSaver.open(dir), CHECK, "het logboek in de gegevensmap");
    }

    @Test
    void anAddressIsSavedForTheNextStartAndShownAgain() throws Exception {
        ServerSettingViewModel setting = setting();
        setting.addressProperty().set("  postgresql://balie1@politie-db:5432/meldtafel ");
        setting.save();

        assertEquals("Opgeslagen. Start Meldtafel opnieuw om deze server te gebruiken.", setting.noticeProperty().get());
        assertEquals(Optional.of("postgresql://balie1@politie-db:5432/meldtafel"), SettingsSaver.open(dir).current().server());
        assertEquals("postgresql://balie1@politie-db:5432/meldtafel", setting().addressProperty().get(), "shown at the next visit");
    }

    @Test
    void theDesksTeamIsSavedWithTheServerAndShownAgainAndBlankMeansTheFirstTeam() throws Exception {
        ServerSettingViewModel setting = setting();
        setting.addressProperty().set("postgresql://balie1@politie-db:5432/meldtafel");
        setting.teamProperty().set(" Leiden Noord ");
        setting.save();

        assertEquals(Optional.of("Leiden Noord"), SettingsSaver.open(dir).current().team());
        assertEquals("Leiden Noord", setting().teamProperty().get(), "shown at the next visit");
        assertEquals(Optional.of("postgresql://balie1@politie-db:5432/meldtafel"), SettingsSaver.open(dir).current().server(),
                "the settings file keeps both");

        ServerSettingViewModel again = setting();
        again.teamProperty().set("  ");
        again.save();
        assertEquals(Optional.empty(), SettingsSaver.open(dir).current().team());
    }

    @Test
    void aWrongAddressOrOneWithAPasswordIsNotSavedAndSaysWhy() throws Exception {
        ServerSettingViewModel setting = setting();
        setting.addressProperty().set("postgresql://balie1:geheim@politie-db/meldtafel");
        setting.save();
        assertEquals("Zet geen wachtwoord in het adres.", setting.noticeProperty().get());

        setting.addressProperty().set("politie-db");
        setting.save();
        assertEquals("Dit is geen serveradres.", setting.noticeProperty().get());

        assertEquals(Optional.empty(), SettingsSaver.open(dir).current().server());
        assertFalse(Files.exists(dir.resolve(SettingsFile.NAME)) && Files.readString(dir.resolve(SettingsFile.NAME)).contains("geheim"));
    }

    @Test
    void blankGoesBackToTheLogInTheDataFolder() throws Exception {
        SettingsSaver.open(dir).saveNow(s -> s.withServer("postgresql://balie1@politie-db/meldtafel"));
        ServerSettingViewModel setting = setting();
        setting.addressProperty().set(" ");
        setting.save();

        assertEquals("Opgeslagen: geen server. Start Meldtafel opnieuw om het logboek in de gegevensmap te gebruiken.",
                setting.noticeProperty().get());
        assertEquals(Optional.empty(), SettingsSaver.open(dir).current().server());
    }
}

package nl.meldtafel.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The four files of the earlier version, in their own formats, taken over into settings.json once. */
class SettingsMigrationTest {

    @TempDir
    Path dir;
    @TempDir
    Path share;

    /** As WindowSettings, LastOfficerFile, ZoneFile and ChainAnchors wrote them. */
    private void oldFiles() throws Exception {
        Files.writeString(dir.resolve("window.json"), """
                {
                  "x" : 40.0,
                  "y" : 30.0,
                  "width" : 1200.0,
                  "height" : 700.0,
                  "maximized" : false
                }""");
        Files.writeString(dir.resolve("officer.json"), "{\"personnelNumber\":\"123456\",\"id\":7,\"name\":\"J. de Vries\"}");
        Files.writeString(dir.resolve("zone.json"), "{\"zone\":\"America/Kralendijk\"}");
        Files.writeString(dir.resolve("anchor-place.json"), "{\"folder\":\"" + share.toAbsolutePath() + "\"}");
    }

    @Test
    void theFourOldFilesAreTakenOverOnceAndLeftForAnOlderVersion() throws Exception {
        oldFiles();

        DeskSettings taken = new SettingsFile(dir).load();

        assertEquals(Optional.of(new WindowPlacement(40, 30, 1200, 700, false)), taken.window());
        assertEquals(Optional.of(new LastOfficer("123456", 7L, "J. de Vries")), taken.lastOfficer());
        assertEquals(Optional.of(ZoneId.of("America/Kralendijk")), taken.zone());
        assertEquals(Optional.of(share.toAbsolutePath()), taken.secondAnchorPlace());
        assertEquals(taken, new SettingsFile(dir).read(), "written to settings.json");
        for (String old : LegacySettingsFiles.NAMES) {
            assertTrue(Files.exists(dir.resolve(old)), old + " stays");
        }

        Files.writeString(dir.resolve("zone.json"), "{\"zone\":\"UTC\"}"); // an older version ran meanwhile
        assertEquals(taken, new SettingsFile(dir).load(), "taken over once");
    }

    @Test
    void theSaverTakesThemOverAtTheDesksStart() throws Exception {
        oldFiles();
        try (SettingsSaver settings = SettingsSaver.open(dir)) {
            assertEquals(Optional.of(ZoneId.of("America/Kralendijk")), settings.current().zone());
        }
        assertTrue(Files.exists(dir.resolve(SettingsFile.NAME)));
    }

    @Test
    void anOfficerFileOfAStillOlderVersionGivesTheNumberOnly() throws Exception {
        Files.writeString(dir.resolve("officer.json"), "{\"personnelNumber\":\"222222\"}");
        DeskSettings taken = new SettingsFile(dir).load();
        assertEquals(Optional.of(LastOfficer.numberOnly("222222")), taken.lastOfficer());
        assertFalse(taken.lastOfficer().orElseThrow().complete());
        assertEquals(taken, new SettingsFile(dir).read(), "the number only survives the new file");
    }

    @Test
    void aDamagedOldFileIsSkippedAndTheOthersAreTakenOver() throws Exception {
        oldFiles();
        Files.writeString(dir.resolve("window.json"), "{ kapot");
        Files.writeString(dir.resolve("zone.json"), "{\"zone\":\"Mars/Olympus\"}");
        Files.writeString(dir.resolve("anchor-place.json"), "{\"folder\":");

        DeskSettings taken = new SettingsFile(dir).load();

        assertEquals(DeskSettings.DEFAULTS.withLastOfficer(new LastOfficer("123456", 7L, "J. de Vries")), taken);
        assertEquals(taken, new SettingsFile(dir).read());
    }

    @Test
    void aClearedOldAnchorPlaceIsNoPlace() throws Exception {
        Files.writeString(dir.resolve("anchor-place.json"), "{\"folder\":\"\"}");
        assertEquals(Optional.empty(), new SettingsFile(dir).load().secondAnchorPlace());
    }

    @Test
    void logVerifyOnAFolderOfTheEarlierVersionReadsTheOldAnchorPlaceAndWritesNothing() throws Exception {
        oldFiles();
        assertEquals(Optional.of(share.toAbsolutePath()), new SettingsFile(dir).read().secondAnchorPlace());
        assertFalse(Files.exists(dir.resolve(SettingsFile.NAME)), "an evidence copy is not changed");
    }

    @Test
    void aDamagedOldAnchorPlaceStopsTheAnchorsButNotTheDesk() throws Exception {
        Files.writeString(dir.resolve("anchor-place.json"), "{\"folder\":");
        assertThrows(java.io.IOException.class, () -> new SettingsFile(dir).read());
        assertEquals(DeskSettings.DEFAULTS, new SettingsFile(dir).load());
    }

    @Test
    void aNewDeskWritesNothingUntilSomethingChanges() {
        assertEquals(DeskSettings.DEFAULTS, new SettingsFile(dir).load());
        assertFalse(Files.exists(dir.resolve(SettingsFile.NAME)));
    }
}

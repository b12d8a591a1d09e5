package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The folder used when no --data-dir is given; the option itself is tested in cli/DataDirOptionTest. */
class DataFolderTest {

    private static final Path HOME = Path.of("/home/jan");

    @Test
    void meldtafelHomeWinsOverThePlatformDefault() {
        assertEquals(Path.of("/elders"), DataFolder.defaultFolder(Map.of("MELDTAFEL_HOME", "/elders",
                "XDG_DATA_HOME", "/xdg"), "Linux", HOME));
    }

    @Test
    void linuxDefaultFollowsXdgDataHome() {
        assertEquals(Path.of("/xdg/meldtafel"), DataFolder.defaultFolder(Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
        assertEquals(Path.of("/home/jan/.local/share/meldtafel"), DataFolder.defaultFolder(Map.of(), "Linux", HOME));
        assertEquals(Path.of("/home/jan/.local/share/meldtafel"),
                DataFolder.defaultFolder(Map.of("XDG_DATA_HOME", "relatief"), "Linux", HOME), "relative XDG is ignored");
    }

    @Test
    void windowsDefaultIsLocalAppData() {
        Path local = Path.of("/Users/jan/AppData/Local");
        assertEquals(local.resolve("Meldtafel"),
                DataFolder.defaultFolder(Map.of("LOCALAPPDATA", local.toString()), "Windows 11", HOME));
        assertEquals(HOME.resolve("AppData").resolve("Local").resolve("Meldtafel"),
                DataFolder.defaultFolder(Map.of(), "Windows 10", HOME));
    }
}

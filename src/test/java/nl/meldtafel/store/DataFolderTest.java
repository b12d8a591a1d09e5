package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {

    private static final Path HOME = Path.of("/home/jan");

    @Test
    void commandLineOptionWinsOverEnvironment() {
        assertEquals(Path.of("/srv/mt"), DataFolder.resolve(List.of("--data-dir", "/srv/mt"),
                Map.of("MELDTAFEL_HOME", "/elders"), "Linux", HOME));
        assertEquals(Path.of("/srv/mt"), DataFolder.resolve(List.of("--data-dir=/srv/mt"), Map.of(), "Linux", HOME));
    }

    @Test
    void meldtafelHomeWinsOverThePlatformDefault() {
        assertEquals(Path.of("/elders"), DataFolder.resolve(List.of(), Map.of("MELDTAFEL_HOME", "/elders",
                "XDG_DATA_HOME", "/xdg"), "Linux", HOME));
    }

    @Test
    void linuxDefaultFollowsXdgDataHome() {
        assertEquals(Path.of("/xdg/meldtafel"), DataFolder.resolve(List.of(), Map.of("XDG_DATA_HOME", "/xdg"), "Linux", HOME));
        assertEquals(Path.of("/home/jan/.local/share/meldtafel"), DataFolder.resolve(List.of(), Map.of(), "Linux", HOME));
        assertEquals(Path.of("/home/jan/.local/share/meldtafel"),
                DataFolder.resolve(List.of(), Map.of("XDG_DATA_HOME", "relatief"), "Linux", HOME), "relative XDG is ignored");
    }

    @Test
    void windowsDefaultIsLocalAppData() {
        Path local = Path.of("/Users/jan/AppData/Local");
        assertEquals(local.resolve("Meldtafel"),
                DataFolder.resolve(List.of(), Map.of("LOCALAPPDATA", local.toString()), "Windows 11", HOME));
        assertEquals(HOME.resolve("AppData").resolve("Local").resolve("Meldtafel"),
                DataFolder.resolve(List.of(), Map.of(), "Windows 10", HOME));
    }

    @Test
    void optionWithoutFolderIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DataFolder.resolve(List.of("--data-dir"), Map.of(), "Linux", HOME));
    }

    @Test
    void otherArgumentsRemainAfterRemovingTheOption() {
        assertEquals(List.of("kopie.db", "--x"), DataFolder.withoutOption(List.of("--data-dir", "/d", "kopie.db", "--data-dir=/e", "--x")));
    }
}

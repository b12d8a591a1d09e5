package nl.meldtafel.app;

import nl.meldtafel.store.DeskLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What main reads while JavaFX starts is what init gets: the folder locked, the settings as saved. */
class DeskSetupTest {

    @TempDir
    Path dir;

    private static StartOptions folder(Path dataFolder) {
        return new StartOptions(Optional.empty(), Optional.of(dataFolder), Optional.empty(), Optional.empty(), false);
    }

    private static void settings(Path folder, String json) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("settings.json"), json, StandardCharsets.UTF_8);
    }

    @Test
    void initGetsTheSettingsReadEarlyWithTheFolderHeldForThisDesk() throws Exception {
        Path data = dir.resolve("data");
        settings(data, "{\"zone\":\"Europe/Lisbon\",\"officer\":{\"id\":3,\"name\":\"S. El Idrissi\",\"personnelNumber\":\"100588\"}}");
        AtomicBoolean logOpened = new AtomicBoolean();
        DeskSetup.readEarly(folder(data), Map.of(), () -> logOpened.set(true));
        DeskSetup setup = DeskSetup.take(folder(data), Map.of());
        try {
            assertTrue(logOpened.get(), "the log file is opened first, on the same thread");
            assertFalse(setup.alreadyOpen());
            assertNotNull(setup.lock(), "the folder is this desk's");
            assertInstanceOf(DeskLock.HeldElsewhere.class, DeskLock.take(data), "a second desk must find the folder held");
            assertEquals(ZoneId.of("Europe/Lisbon"), setup.zone());
            assertEquals("S. El Idrissi", setup.lastOfficer().orElseThrow().name());
            assertTrue(setup.server().isEmpty());
        } finally {
            setup.lock().close();
        }
    }

    @Test
    void aHandEditedServerInTheSettingsStopsTheStartWithTheReason() throws Exception {
        Path data = dir.resolve("data");
        settings(data, "{\"server\":\"not a server address\"}");
        DeskSetup.readEarly(folder(data), Map.of(), () -> { });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DeskSetup.take(folder(data), Map.of()));
        assertTrue(e.getMessage().contains("settings.json names a server that cannot be used"), e.getMessage());
        DeskLock.Outcome after = DeskLock.take(data);
        assertInstanceOf(DeskLock.Taken.class, after, "a desk that did not start holds no folder");
        ((DeskLock.Taken) after).lock().close();
    }

    @Test
    void launchedWithOtherOptionsThanMainSawTheFirstFolderIsLetGo() throws Exception {
        Path mainSaw = dir.resolve("a");
        Path launched = dir.resolve("b");
        DeskSetup.readEarly(folder(mainSaw), Map.of(), () -> { });
        DeskSetup setup = DeskSetup.take(folder(launched), Map.of());
        try {
            assertEquals(launched, setup.dataFolder());
            DeskLock.Outcome again = DeskLock.take(mainSaw);
            assertInstanceOf(DeskLock.Taken.class, again, "the folder this desk does not use stays free");
            ((DeskLock.Taken) again).lock().close();
        } finally {
            setup.lock().close();
        }
    }

    @Test
    void withoutMainInitReadsItself() throws Exception {
        Path data = dir.resolve("data");
        DeskSetup setup = DeskSetup.take(folder(data), Map.of());
        try {
            assertNotNull(setup.lock());
            assertEquals(DeskZone.DEFAULT, setup.zone());
            assertTrue(setup.lastOfficer().isEmpty());
        } finally {
            setup.lock().close();
        }
    }
}

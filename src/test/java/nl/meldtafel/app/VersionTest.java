package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;

class VersionTest {

    @Test
    void showsTheVersionAndTheBuildsCommit() throws IOException {
        assertEquals(Optional.of("0.3.0 (commit 1a2b3c4d5e)"),
                Version.describe(manifest("Implementation-Version: 0.3.0\nMeldtafel-Commit: 1a2b3c4d5e\n")));
    }

    @Test
    void showsTheVersionAloneWhenTheBuildKnewNoCommit() throws IOException {
        assertEquals(Optional.of("0.3.0"), Version.describe(manifest("Implementation-Version: 0.3.0\nMeldtafel-Commit: unknown\n")));
        assertEquals(Optional.of("0.3.0"), Version.describe(manifest("Implementation-Version: 0.3.0\n")));
    }

    @Test
    void aManifestWithoutAVersionIsADevelopmentBuild() throws IOException {
        assertEquals(Optional.empty(), Version.describe(manifest("Main-Class: nl.meldtafel.app.Main\n")));
        // the tests run from the classes folder, not from a jar
        assertEquals("Meldtafel (development build)", Main.versionLine());
    }

    @Test
    void onlyVersionAloneAsksForTheVersion() {
        assertTrue(Main.isVersionRequest(List.of("--version")));
        assertTrue(Main.isVersionRequest(List.of("-V")));
        assertFalse(Main.isVersionRequest(List.of("log", "verify", "--version")));
        assertFalse(Main.isVersionRequest(List.of()));
    }

    private static Manifest manifest(String attributes) throws IOException {
        return new Manifest(new ByteArrayInputStream(("Manifest-Version: 1.0\n" + attributes).getBytes(StandardCharsets.UTF_8)));
    }
}

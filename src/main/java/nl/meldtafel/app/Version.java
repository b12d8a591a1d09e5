package nl.meldtafel.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * The version the jar was built as and the build's commit, from its manifest; empty when run from the
 * classes folder (Maven, an IDE).
 */
public final class Version {

    static final String COMMIT_ATTRIBUTE = "Meldtafel-Commit";

    private Version() {
    }

    /** "0.1.0 (commit 1a2b3c4d5e)", as "Over Meldtafel" and {@code meldtafel --version} show it. */
    public static Optional<String> ofJar() {
        return manifest().flatMap(Version::describe);
    }

    static Optional<String> describe(Manifest manifest) {
        Attributes main = manifest.getMainAttributes();
        String version = main.getValue(Attributes.Name.IMPLEMENTATION_VERSION);
        if (version == null || version.isBlank()) {
            return Optional.empty();
        }
        String commit = main.getValue(COMMIT_ATTRIBUTE);
        return Optional.of(commit == null || commit.isBlank() || commit.equals("unknown")
                ? version : version + " (commit " + commit + ")");
    }

    /** The manifest of the jar this class came from, not the first one on the classpath. */
    private static Optional<Manifest> manifest() {
        URL self = Version.class.getResource("Version.class");
        if (self == null || !"jar".equals(self.getProtocol())) {
            return Optional.empty();
        }
        String url = self.toString();
        try (InputStream in = new URL(url.substring(0, url.indexOf("!/") + 2) + "META-INF/MANIFEST.MF").openStream()) {
            return Optional.of(new Manifest(in));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** For the log and {@code --version}. */
    static String forLog() {
        return ofJar().orElse("(development build)");
    }
}

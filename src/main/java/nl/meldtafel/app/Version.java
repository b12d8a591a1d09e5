package nl.meldtafel.app;

import java.util.Optional;

/** The version the jar was built as, from its manifest; empty when run from the classes folder (Maven, an IDE). */
public final class Version {

    private Version() {
    }

    public static Optional<String> ofJar() {
        Package p = Version.class.getPackage();
        String version = p == null ? null : p.getImplementationVersion();
        return version == null || version.isBlank() ? Optional.empty() : Optional.of(version);
    }

    /** For the log. */
    static String forLog() {
        return ofJar().orElse("(development build)");
    }
}

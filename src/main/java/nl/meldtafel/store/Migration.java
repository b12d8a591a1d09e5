package nl.meldtafel.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** One numbered schema step; {@code sql} may hold several statements. */
record Migration(int version, String name, String sql) {

    private static final String FOLDER = "/nl/meldtafel/store/migrations/";

    static Migration fromResource(int version, String fileName) {
        try (InputStream in = Migration.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("Migration resource missing: " + FOLDER + fileName);
            }
            return new Migration(version, fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read migration " + fileName, e);
        }
    }
}

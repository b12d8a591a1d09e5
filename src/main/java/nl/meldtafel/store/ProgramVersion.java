package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Which Meldtafel wrote a database last (schema version 12 on), so a refusal can name both versions. */
final class ProgramVersion {

    static final String DEVELOPMENT = "development build";

    private ProgramVersion() {
    }

    /** This program's version, from the jar manifest (the same jar as app.Version reads). */
    static String current() {
        String version = ProgramVersion.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? DEVELOPMENT : version;
    }

    /** Empty for a database from before version 12, or one whose row is missing. */
    static Optional<String> writtenBy(Connection c) {
        try (PreparedStatement st = c.prepareStatement("SELECT version FROM program_version WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            // no such table: written by a Meldtafel from before schema version 12
            return Optional.empty();
        }
    }

    /** Records {@code version} as the last writer; writes nothing when it is already recorded. */
    static void record(Connection c, String version) throws SQLException {
        if (writtenBy(c).filter(version::equals).isPresent()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO program_version (id, version) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET version = excluded.version")) {
            st.setString(1, version);
            st.executeUpdate();
        }
    }
}

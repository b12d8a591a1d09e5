package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Brings a database to the newest schema, one migration per transaction, tracked in {@code user_version}. */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    /** Every schema step ever shipped, in order; never edit a shipped one, add the next. */
    static List<Migration> all() {
        return List.of(
                Migration.fromResource(1, "V1__initial_schema.sql"),
                Migration.fromResource(2, "V2__group_register.sql"),
                Migration.fromResource(3, "V3__log_order_exceptions.sql"),
                Migration.fromResource(4, "V4__search_vocabulary_and_week_counts.sql"),
                Migration.fromResource(5, "V5__alert_response.sql"),
                Migration.fromResource(6, "V6__retention.sql"),
                Migration.fromResource(7, "V7__closure_facts.sql"),
                Migration.fromResource(8, "V8__substring_search.sql"),
                Migration.fromResource(9, "V9__send_queue.sql"),
                Migration.fromResource(10, "V10__group_source_key.sql"),
                Migration.fromResource(11, "V11__chain_form_2.sql"),
                Migration.fromResource(12, "V12__program_version.sql"),
                Migration.fromResource(13, "V13__row_versions.sql"),
                Migration.fromResource(14, "V14__accounts.sql"),
                Migration.fromResource(15, "V15__team_settings.sql"),
                Migration.fromResource(16, "V16__search_triggers_set_aside.sql"),
                Migration.fromResource(17, "V17__tick_entry_index.sql"));
    }

    private final List<Migration> migrations;

    Migrator(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("Migrations must be numbered 1, 2, 3...: " + migrations.get(i).name());
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    int latestVersion() {
        return migrations.size();
    }

    void migrate(Connection connection, Path file) throws SQLException {
        migrateTo(connection, file, latestVersion());
    }

    void migrateTo(Connection connection, Path file, int target) throws SQLException {
        int current = userVersion(connection);
        if (current > latestVersion()) {
            throw newerVersion(file, current, latestVersion(), ProgramVersion.writtenBy(connection), ProgramVersion.current());
        }
        if (current >= target) {
            LOG.info("Schema at version {}: no migration needed", current);
            return;
        }
        long all = System.nanoTime();
        for (Migration m : migrations.subList(current, target)) {
            long started = System.nanoTime();
            apply(connection, m);
            LOG.info("Migration {} applied in {} ms", m.name(), Database.millisSince(started));
        }
        LOG.info("Schema migrated from version {} to {} in {} ms", current, target, Database.millisSince(all));
    }

    private static void apply(Connection connection, Migration m) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("BEGIN IMMEDIATE");
            try {
                // the driver hands the whole script to sqlite3_exec, so several statements run
                st.executeUpdate(m.sql());
                st.executeUpdate("PRAGMA user_version = " + m.version());
                st.executeUpdate("COMMIT");
            } catch (SQLException | RuntimeException e) {
                LOG.error("Migration {} failed and is rolled back", m.name(), e);
                rollbackQuietly(st);
                throw e;
            }
        }
    }

    private static void rollbackQuietly(Statement st) {
        try {
            st.executeUpdate("ROLLBACK");
        } catch (SQLException e) {
            // the failure that got us here is the one worth reporting; this one only goes to the log
            LOG.warn("Rollback after a failed migration failed too", e);
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        return Integer.parseInt(ConnectionSettings.pragma(connection, "user_version"));
    }

    /** Names the Meldtafel that wrote the file (when it recorded itself) and this one. */
    static StorageException newerVersion(Path file, int found, int known, java.util.Optional<String> writtenBy, String self) {
        String writer = writtenBy.map(v -> "Meldtafel " + v).orElse("a newer Meldtafel");
        return new NewerVersionException(
                file + " was made by a newer Meldtafel: written by " + writer + " (schema version " + found
                        + "), this is Meldtafel " + self + " (knows up to schema version " + known
                        + "). It was left untouched; use " + writtenBy.map(v -> "Meldtafel " + v).orElse("the newer Meldtafel")
                        + " or another data folder.", writtenBy, self);
    }
}

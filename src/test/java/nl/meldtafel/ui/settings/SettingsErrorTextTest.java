package nl.meldtafel.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import nl.meldtafel.app.LogCapture;
import nl.meldtafel.i18n.Texts;
import nl.meldtafel.store.Storage;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An error nobody foresaw reaches the officer as Dutch words and what to do; its own text goes to the log. */
class SettingsErrorTextTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T13:00:00Z"), ZoneId.of("Europe/Amsterdam"));

    @TempDir
    Path dir;

    @Test
    void anUnexpectedStorageErrorShowsDutchTextNotTheExceptionMessage() throws Exception {
        try (Storage storage = Storage.open(dir, CLOCK); LogCapture log = LogCapture.of(TaskRunner.class)) {
            // a real SQLite failure whose message is English and quotes the SQL: the table went away
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("meldtafel.db"));
                 Statement st = c.createStatement()) {
                st.executeUpdate("DROP TABLE retention_setting");
            }
            SettingsViewModel settings = new SettingsViewModel(TaskRunner.sameThread(), storage.retention(), () -> null);

            settings.load();

            String shown = settings.errorProperty().get();
            assertEquals(Texts.get("settings.error.load", Texts.get("error.unexpected")), shown);
            assertFalse(shown.contains("retention_setting"), shown);
            assertFalse(shown.contains("SQL"), shown);
            assertFalse(shown.contains("Could not"), shown);
            assertTrue(shown.contains("logbestand"), "says where the details are: " + shown);
            assertEquals(1, log.events().size(), "the details are logged where the task failed");
            assertTrue(log.events().get(0).getThrowableProxy().getClassName().endsWith("StorageException"));
        }
    }
}

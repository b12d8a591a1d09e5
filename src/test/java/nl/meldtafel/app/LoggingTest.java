package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.ui.common.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LoggingTest {

    @TempDir
    Path dir;

    @AfterEach
    void backToTheTestConfiguration() throws Exception {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        context.reset();
        new ContextInitializer(context).autoConfig();
    }

    @Test
    void aFailedTaskIsLoggedWithItsExceptionBeforeTheViewModelHearsOfIt() {
        AtomicReference<Throwable> handed = new AtomicReference<>();
        try (LogCapture log = LogCapture.of(TaskRunner.class)) {
            TaskRunner.sameThread().run(() -> {
                throw new StorageException(StorageException.Reason.OTHER, "Could not save the draft");
            }, result -> { }, handed::set);

            assertNotNull(handed.get(), "the view model still gets the failure");
            ILoggingEvent event = single(log.events());
            assertEquals(Level.WARN, event.getLevel());
            assertEquals(StorageException.class.getName(), event.getThrowableProxy().getClassName());
        }
    }

    @Test
    void anUncaughtExceptionIsLoggedWithItsThread() throws Exception {
        Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> { }); // keeps the console quiet; ours passes on to it
        try (LogCapture log = LogCapture.of(Logging.class)) {
            Logging.logUncaughtExceptions();
            Thread thread = new Thread(() -> {
                throw new IllegalStateException("boom");
            }, "meldtafel-test-thread");
            thread.start();
            thread.join();

            ILoggingEvent event = single(log.events());
            assertEquals(Level.ERROR, event.getLevel());
            assertTrue(event.getFormattedMessage().contains("meldtafel-test-thread"), event.getFormattedMessage());
            assertEquals(IllegalStateException.class.getName(), event.getThrowableProxy().getClassName());
        } finally {
            Thread.setDefaultUncaughtExceptionHandler(before);
        }
    }

    @Test
    void theLogFileIsPrivateAndKeepsOnlyOurOwnExceptionMessagesWithoutQuotedParts() throws Exception {
        Optional<Path> file = Logging.toDataFolder(dir, false);

        assertEquals(Optional.of(dir.resolve("logs").resolve("meldtafel.log")), file);
        assertEquals(file, Logging.currentFile());
        var log = LoggerFactory.getLogger(LoggingTest.class);
        log.warn("Foreign failure", new IllegalArgumentException("Unrecognized token 'Anna de Vries'"));
        log.warn("Own failure", new StorageException(StorageException.Reason.OTHER,
                "Could not search: fts5: syntax error near \"Marietje\"", new java.sql.SQLException("near \"Marietje\"")));

        String written = Files.readString(file.orElseThrow(), StandardCharsets.UTF_8);
        assertTrue(written.contains("java.lang.IllegalArgumentException"), written);
        assertTrue(written.contains("Could not search: fts5: syntax error near"), written);
        assertTrue(written.contains("Caused by: java.sql.SQLException"), written);
        assertFalse(written.contains("Anna"), written);
        assertFalse(written.contains("Marietje"), written);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("logs"))));
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.orElseThrow())));
        }
    }

    @Test
    void aCommandNeverCreatesAMistypedDataFolderForItsLog() {
        Path typo = dir.resolve("meldtafle");

        assertEquals(Optional.empty(), Logging.toDataFolder(typo, false));
        assertFalse(Files.exists(typo));
        assertEquals(Optional.empty(), Logging.currentFile());
    }

    private static ILoggingEvent single(List<ILoggingEvent> events) {
        assertEquals(1, events.size(), events.toString());
        return events.get(0);
    }
}

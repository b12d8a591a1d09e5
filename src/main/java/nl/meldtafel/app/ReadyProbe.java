package nl.meldtafel.app;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * For the start-up benchmark only: with {@code -Dmeldtafel.readyProbe=FILE} the desk writes, once, the
 * milliseconds from process start until a message could be copied (templates loaded, an officer at the
 * desk, nothing blocking). Without the property it does nothing. With {@code -Dmeldtafel.exitWhenReady=true}
 * as well the desk then closes (the dist build's AppCDS training run).
 */
final class ReadyProbe {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyProbe.class);

    static final String PROPERTY = "meldtafel.readyProbe";
    /** For the build's AppCDS training run: the desk closes once it is usable, so the JVM dumps its archive. */
    static final String EXIT_PROPERTY = "meldtafel.exitWhenReady";

    private ReadyProbe() {
    }

    static void whenReady(String file, ObservableList<?> templates, ObservableStringValue sendBlock) {
        if (file == null || file.isBlank()) {
            return;
        }
        InvalidationListener check = new InvalidationListener() {
            @Override
            public void invalidated(Observable o) {
                if (!templates.isEmpty() && sendBlock.get() == null) {
                    templates.removeListener(this);
                    sendBlock.removeListener(this);
                    write(Path.of(file), System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
                    if (Boolean.getBoolean(EXIT_PROPERTY)) {
                        Platform.exit();
                    }
                }
            }
        };
        templates.addListener(check);
        sendBlock.addListener(check);
        check.invalidated(templates);
    }

    private static void write(Path file, long millis) {
        try {
            Files.writeString(file, Long.toString(millis), StandardCharsets.UTF_8);
        } catch (IOException e) {
            // a benchmark aid: the harness reports a missing file as a failed run
            LOG.warn("Could not write the ready probe", e);
        }
    }
}

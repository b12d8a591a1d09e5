package nl.meldtafel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.meldtafel.cli.Command;
import org.junit.jupiter.api.Test;

class MainCommandsTest {

    @Test
    void logExportIsOneOfTheJarsCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Command.Io io = new Command.Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int exit = Main.commandLine(Map.of(), Clock.systemDefaultZone()).run(List.of("log", "export", "--from", "gisteren"), io);

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: log export"), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void logSearchIsOneOfTheJarsCommands() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Command.Io io = new Command.Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int exit = Main.commandLine(Map.of(), Clock.systemDefaultZone()).run(List.of("log", "search"), io);

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: log search TEXT"), err.toString(StandardCharsets.UTF_8));
    }
}

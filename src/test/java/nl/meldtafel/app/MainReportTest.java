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

class MainReportTest {

    @Test
    void theJarKnowsTheReportCommand() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Command.Io io = new Command.Io(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        int exit = Main.commandLine(Map.of(), Clock.systemDefaultZone()).run(List.of("report", "--from", "2026-11-16"), io);

        String errors = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, exit, errors);
        assertTrue(errors.contains("Missing --to"), errors);
        assertTrue(errors.contains("usage: report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf"), errors);
    }
}

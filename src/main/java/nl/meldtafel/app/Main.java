package nl.meldtafel.app;

import javafx.application.Application;
import nl.meldtafel.cli.AdminCommandLine;
import nl.meldtafel.cli.Command;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the jar. A plain class, not an Application: a fat jar whose main class extends
 * Application fails with "JavaFX runtime components are missing". Without arguments, or with only
 * the desk's own options, it starts the desk; otherwise the picocli command line runs an admin command.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (StartOptions.isDeskStart(arguments)) {
            Application.launch(MeldtafelApp.class, args);
            return;
        }
        System.exit(commandLine(System.getenv(), DeskZone.clock(System.getenv())).run(arguments, Command.Io.system()));
    }

    /** @param clock in the desk's zone (Dutch time or MELDTAFEL_ZONE), so days and times are the desk's */
    static AdminCommandLine commandLine(Map<String, String> env, Clock clock) {
        return AdminCommandLine.of(env, clock);
    }
}

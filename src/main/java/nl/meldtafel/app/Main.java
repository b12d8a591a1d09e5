package nl.meldtafel.app;

import javafx.application.Application;
import nl.meldtafel.cli.BackupCommand;
import nl.meldtafel.cli.Command;
import nl.meldtafel.cli.CommandLine;
import nl.meldtafel.cli.DemoCommand;
import nl.meldtafel.cli.GroupsExportCommand;
import nl.meldtafel.cli.GroupsImportCommand;
import nl.meldtafel.cli.LogExportCommand;
import nl.meldtafel.cli.LogSearchCommand;
import nl.meldtafel.cli.LogVerifyCommand;
import nl.meldtafel.cli.RenderCommand;
import nl.meldtafel.cli.RetentionRunCommand;
import nl.meldtafel.cli.ReportCommand;
import nl.meldtafel.cli.TemplatesCheckCommand;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Entry point of the jar. A plain class, not an Application: a fat jar whose main class extends
 * Application fails with "JavaFX runtime components are missing". Without a command it starts the
 * desk; with one it runs that admin command.
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

    static CommandLine commandLine(Map<String, String> env, Clock clock) {
        return new CommandLine(List.of(
                new TemplatesCheckCommand(env),
                new RenderCommand(env, clock),
                new LogVerifyCommand(),
                new LogExportCommand(),
                new LogSearchCommand(),
                new BackupCommand(),
                new RetentionRunCommand(),
                new ReportCommand(),
                new GroupsImportCommand(),
                new GroupsExportCommand(),
                new DemoCommand(env, clock)));
    }
}

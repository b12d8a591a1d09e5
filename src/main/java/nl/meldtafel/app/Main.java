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
import nl.meldtafel.store.DataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (StartOptions.isDeskStart(arguments)) {
            startLogging(arguments, true);
            LOG.info("Meldtafel {} starting the desk", Version.forLog());
            Application.launch(MeldtafelApp.class, args);
            return;
        }
        System.exit(command(arguments, System.getenv(), DeskZone.clock(System.getenv()), Command.Io.system()));
    }

    /** Runs one admin command as the jar does, its start and end in the log of the data folder it names. */
    static int command(List<String> arguments, Map<String, String> env, Clock clock, Command.Io io) {
        startLogging(arguments, false);
        CommandLine commandLine = commandLine(env, clock);
        String name = commandLine.nameOf(arguments);
        long started = System.nanoTime();
        LOG.info("Meldtafel {} starting command {}", Version.forLog(), name);
        int exit = commandLine.run(arguments, io);
        LOG.info("Command {} ended with exit code {} after {} ms", name, exit, (System.nanoTime() - started) / 1_000_000);
        return exit;
    }

    /** The desk creates its data folder; a command logs only into one that exists. */
    private static void startLogging(List<String> arguments, boolean desk) {
        Logging.toStandardError();
        Logging.logUncaughtExceptions();
        try {
            Logging.toDataFolder(DataFolder.resolve(arguments), desk);
        } catch (IllegalArgumentException e) {
            // "--data-dir" without a folder: the desk or the command says so; until then warnings go to stderr
            LOG.warn("No log file: the data folder option has no folder");
        }
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

package nl.meldtafel.app;

import javafx.application.Application;
import nl.meldtafel.cli.AdminCommandLine;
import nl.meldtafel.cli.Command;
import nl.meldtafel.cli.DataDirOption;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.cli.DefaultDataFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Entry point of the jar. A plain class, not an Application: a fat jar whose main class extends
 * Application fails with "JavaFX runtime components are missing". Without arguments, or with only
 * the desk's own options, it starts the desk; otherwise the picocli command line runs an admin command.
 */
public final class Main {

    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        List<String> arguments = Arrays.asList(args);
        if (isVersionRequest(arguments)) {
            System.out.println(versionLine());
            return;
        }
        if (StartOptions.isDeskStart(arguments)) {
            StartOptions options = StartOptions.parse(arguments);
            Optional<String> badServer = serverProblem(options, System.getenv());
            if (badServer.isPresent()) {
                // before the window: a desk pointed at a server it cannot even name must not open on its own file
                System.err.println("Meldtafel: " + badServer.get());
                System.exit(2);
            }
            Path dataFolder = DataDirOption.resolve(options.dataDir(), DefaultDataFolder.of(System.getenv()));
            Logging.toStandardError(); // until the file is open: problems on the console
            Logging.logUncaughtExceptions();
            Optional<Instant> softwareSince = SoftwareDrawing.beforeLaunch(dataFolder, Clock.systemUTC());
            // the log file, the lock and the settings are opened on the other core while JavaFX starts
            DeskSetup.readEarly(options, System.getenv(), () -> {
                Logging.toDataFolder(dataFolder, true);
                LOG.info("Meldtafel {} starting the desk", Version.forLog());
                SoftwareDrawing.logChoice(softwareSince);
            });
            Application.launch(MeldtafelApp.class, args);
            return;
        }
        System.exit(command(arguments, System.getenv(), DeskZone.clock(System.getenv()), Command.Io.system()));
    }

    /** What is wrong with the server the desk is given ({@code --database} or MELDTAFEL_DATABASE), if anything. */
    static Optional<String> serverProblem(StartOptions options, Map<String, String> env) {
        try {
            ServerAddress.chosen(options.database(), env);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of((options.database().isPresent() ? "--database" : ServerAddress.ENVIRONMENT) + ": " + e.getMessage());
        }
    }

    /** {@code meldtafel --version}: answered before logging starts, so it touches no data folder. */
    static boolean isVersionRequest(List<String> arguments) {
        return arguments.equals(List.of("--version")) || arguments.equals(List.of("-V"));
    }

    static String versionLine() {
        return "Meldtafel " + Version.forLog();
    }

    /** Runs one admin command as the jar does, its start and end in the log of the data folder it names. */
    static int command(List<String> arguments, Map<String, String> env, Clock clock, Command.Io io) {
        startLogging(dataDirArgument(arguments), env);
        String name = String.join(" ", arguments.stream().takeWhile(a -> !a.startsWith("-")).limit(2).toList());
        long started = System.nanoTime();
        LOG.info("Meldtafel {} starting command {}", Version.forLog(), name);
        int exit = commandLine(env, clock).run(arguments, io);
        LOG.info("Command {} ended with exit code {} after {} ms", name, exit, (System.nanoTime() - started) / 1_000_000);
        return exit;
    }

    /** @param clock in the desk's zone (Dutch time or MELDTAFEL_ZONE), so days and times are the desk's */
    static AdminCommandLine commandLine(Map<String, String> env, Clock clock) {
        return AdminCommandLine.of(env, clock);
    }

    /** A command logs only into a data folder that exists; the desk creates its own (see main). */
    private static void startLogging(Optional<Path> given, Map<String, String> env) {
        Logging.toStandardError();
        Logging.logUncaughtExceptions();
        Logging.toDataFolder(DataDirOption.resolve(given, DefaultDataFolder.of(env)), false);
    }

    /** Only to find the log file before picocli parses; picocli reports a missing or empty value itself. */
    private static Optional<Path> dataDirArgument(List<String> arguments) {
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            if (a.equals("--data-dir") && i + 1 < arguments.size() && !arguments.get(i + 1).isBlank()) {
                return Optional.of(Path.of(arguments.get(i + 1)));
            }
            if (a.startsWith("--data-dir=") && a.length() > "--data-dir=".length()) {
                return Optional.of(Path.of(a.substring("--data-dir=".length())));
            }
        }
        return Optional.empty();
    }
}

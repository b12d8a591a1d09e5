package nl.meldtafel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * An admin command: picocli parses the arguments into its annotated fields, {@link #call()} does the
 * work and prints on {@link #io}. The annotation's synopsis and first description line make the
 * usage line shown with every usage error.
 */
public abstract class AdminCommand implements Command, Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Spec
    private CommandSpec spec;

    /** Set before every run, so tests read what a command printed. */
    Io io = Io.system();

    private picocli.CommandLine commandLine;

    @Override
    public String usage() {
        picocli.CommandLine.Command annotation = getClass().getAnnotation(picocli.CommandLine.Command.class);
        return annotation.customSynopsis()[0] + "   " + annotation.description()[0];
    }

    @Override
    public final int run(List<String> args, Io io) {
        picocli.CommandLine line = commandLine();
        if (line.getParent() == null) {
            return AdminCommandLine.execute(line, List.of(this), args, io);
        }
        // picocli runs a subcommand only from the top: so do the jar's words would
        while (line.getParent() != null) {
            line = line.getParent();
        }
        List<String> words = new ArrayList<>(names());
        words.addAll(args);
        return AdminCommandLine.execute(line, List.of(this), words, io);
    }

    /** Built once: picocli then resets every option to its initial value before each run. */
    final picocli.CommandLine commandLine() {
        if (commandLine == null) {
            commandLine = AdminCommandLine.configure(new picocli.CommandLine(this));
        }
        return commandLine;
    }

    /** A usage error found after parsing: printed with the usage line, exit 2. */
    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

package nl.meldtafel.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.IHelpCommandInitializable2;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;

/**
 * The jar's command line: the words of a command (log verify, groups import, ...) pick it, picocli
 * parses the rest. {@code --help} works on the jar, on a group such as {@code log} and on every command.
 */
public final class AdminCommandLine {

    private final List<AdminCommand> commands;
    private final picocli.CommandLine root;

    public AdminCommandLine(List<AdminCommand> commands) {
        this.commands = List.copyOf(commands);
        root = new picocli.CommandLine(new Jar());
        for (AdminCommand command : this.commands) {
            List<String> words = command.names();
            picocli.CommandLine parent = root;
            for (String word : words.subList(0, words.size() - 1)) {
                picocli.CommandLine group = parent.getSubcommands().get(word);
                if (group == null) {
                    group = new picocli.CommandLine(new Group());
                    parent.addSubcommand(word, group);
                }
                parent = group;
            }
            parent.addSubcommand(words.get(words.size() - 1), command.commandLine());
        }
        // the jar's help lists every command with its options, as the README's table does
        root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> {
            StringBuilder list = new StringBuilder();
            this.commands.forEach(c -> list.append("  ").append(c.usage()).append(System.lineSeparator()));
            return list.toString();
        });
        configure(root);
    }

    /**
     * Every command of the jar, in the order its help lists them.
     *
     * @param env   the process environment: MELDTAFEL_HOME, MELDTAFEL_TEMPLATES
     * @param clock in the desk's zone, so days and times are the desk's
     */
    public static AdminCommandLine of(Map<String, String> env, Clock clock) {
        DefaultDataFolder folders = DefaultDataFolder.of(env);
        return new AdminCommandLine(List.of(
                new TemplatesCheckCommand(env),
                new RenderCommand(env, clock),
                new LogVerifyCommand(folders, clock),
                new LogExportCommand(folders, clock),
                new LogSearchCommand(folders, clock),
                new BackupCommand(folders, clock),
                new RetentionRunCommand(folders, clock),
                new ReportCommand(folders, clock),
                new GroupsImportCommand(folders, clock),
                new GroupsExportCommand(folders, clock),
                new DemoCommand(env, folders, clock),
                new ServerInitCommand(folders),
                new ServerImportCommand(folders, clock),
                new TeamCommand(folders, clock),
                new OfficerAddCommand(folders, clock)));
    }

    List<AdminCommand> commands() {
        return commands;
    }

    public int run(List<String> args, Command.Io io) {
        return execute(root, commands, args, io);
    }

    static picocli.CommandLine configure(picocli.CommandLine line) {
        return line.setExpandAtFiles(false) // "@name" is a file name here, not a file of arguments
                .setParameterExceptionHandler(UsageErrors::handle)
                .setExecutionExceptionHandler((e, failed, parsed) -> {
                    if (e instanceof CommandRefused refused) {
                        failed.getErr().println(refused.getMessage());
                        return 1;
                    }
                    throw e;
                });
    }

    static int execute(picocli.CommandLine line, Collection<AdminCommand> commands, List<String> args, Command.Io io) {
        commands.forEach(c -> c.io = io);
        PrintWriter out = writer(io.out());
        PrintWriter err = writer(io.err());
        line.setOut(out).setErr(err);
        try {
            return line.execute(new ArrayList<>(args).toArray(String[]::new));
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }

    @picocli.CommandLine.Command(name = "java -jar meldtafel.jar", subcommands = AdminCommandLine.HelpWords.class,
            customSynopsis = "java -jar meldtafel.jar [COMMAND]   (no command starts the desk)",
            description = "Meldtafel's admin commands; COMMAND --help explains one.")
    private static final class Jar {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;
    }

    /** A word such as {@code log} that only groups commands. */
    @picocli.CommandLine.Command
    private static final class Group {
        @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
        private boolean help;
    }

    /**
     * {@code help [WORDS...]}: the help of the command the words name, also of a nested one such as
     * {@code help log verify} (picocli's own help command looks one word deep).
     */
    @picocli.CommandLine.Command(name = "help", helpCommand = true,
            description = "Show the help of the command the words name, e.g. help log verify.")
    static final class HelpWords implements IHelpCommandInitializable2, Runnable {

        @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The words of a command.")
        private List<String> words = List.of();

        private picocli.CommandLine self;
        private PrintWriter out;
        private Help.Ansi ansi;

        @Override
        public void init(picocli.CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
            this.self = helpCommandLine;
            this.out = out;
            this.ansi = colorScheme.ansi();
        }

        @Override
        public void run() {
            picocli.CommandLine target = self.getParent();
            for (String word : words) {
                picocli.CommandLine next = target.getSubcommands().get(word);
                if (next == null) {
                    throw new picocli.CommandLine.ParameterException(self, "Unknown command: " + String.join(" ", words));
                }
                target = next;
            }
            target.usage(out, ansi);
        }
    }
}

package nl.meldtafel.cli;

import java.util.List;

/** Picks the command whose words start the argument list and runs it with the remaining arguments. */
public final class CommandLine {

    private final List<Command> commands;

    public CommandLine(List<Command> commands) {
        this.commands = List.copyOf(commands);
    }

    public int run(List<String> args, Command.Io io) {
        if (args.isEmpty() || args.get(0).equals("help") || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            printUsage(io, args.isEmpty() ? 2 : 0);
            return args.isEmpty() ? 2 : 0;
        }
        for (Command command : commands) {
            List<String> names = command.names();
            if (args.size() >= names.size() && args.subList(0, names.size()).equals(names)) {
                return command.run(args.subList(names.size(), args.size()), io);
            }
        }
        io.err().println("unknown command: " + String.join(" ", args));
        printUsage(io, 2);
        return 2;
    }

    /** The words of the command the arguments select, for the log (never the arguments: they may hold a search text). */
    public String nameOf(List<String> args) {
        for (Command command : commands) {
            List<String> names = command.names();
            if (args.size() >= names.size() && args.subList(0, names.size()).equals(names)) {
                return String.join(" ", names);
            }
        }
        return "(none)";
    }

    private void printUsage(Command.Io io, int exit) {
        var stream = exit == 0 ? io.out() : io.err();
        stream.println("usage: java -jar meldtafel.jar [COMMAND]   (no command starts the desk)");
        for (Command command : commands) {
            stream.println("  " + command.usage());
        }
    }
}

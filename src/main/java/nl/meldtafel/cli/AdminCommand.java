package nl.meldtafel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.store.Storage;
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

    /** Who runs the command, asked from the OS (not the {@code user.name} property, which a command line sets); tests set another. */
    java.util.function.Supplier<String> osAccount = nl.meldtafel.alert.OsAccount::name;

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

    /**
     * Who a command that changes the log acts as: nobody on a log without accounts (empty); once it has any,
     * the account {@code as} signs in and must have one of {@code anyOf}.
     *
     * @param input the command's one reader of passwords: a second would lose the lines the first read ahead
     * @param say   how to name someone, for the usage error when no one is named
     * @throws CommandRefused when the sign-in or the role is refused (exit 1)
     */
    final Optional<Actor> actingAs(AccountService accounts, String as, Map<String, String> env, PasswordInput input, String say,
                                   Permission... anyOf) {
        ActingOfficer.Outcome signed = ActingOfficer.signIn(accounts, as, env, input, anyOf);
        if (signed instanceof ActingOfficer.NoOneNamed) {
            throw usageError("the log has accounts: " + say);
        }
        if (signed instanceof ActingOfficer.Refused refused) {
            throw new CommandRefused(refused.why());
        }
        return ((ActingOfficer.Signed) signed).actor();
    }

    /**
     * Whether a command that only reads may read {@code storage}: on a server the account {@code as} with one of
     * {@code anyOf}, on this PC only the OS account that owns the data folder.
     *
     * @throws CommandRefused when it may not (exit 1)
     */
    final void mayRead(Storage storage, DataDirOption data, String as, Permission... anyOf) {
        if (storage.serverHost().isPresent()) {
            actingAs(storage.accounts(), as, data.environment(), new PasswordInput(io), "say who reads it with --as NUMBER", anyOf);
        } else {
            ownerOnly(data.folder());
        }
    }

    /**
     * Only the OS account that owns {@code folder} may read its log here (or send it up).
     *
     * @throws CommandRefused when another account runs the command (exit 1)
     */
    final void ownerOnly(java.nio.file.Path folder) {
        ActingOfficer.notOwner(folder, osAccount.get()).ifPresent(why -> {
            throw new CommandRefused(why);
        });
    }

    /** A usage error found after parsing: printed with the usage line, exit 2. */
    final ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}

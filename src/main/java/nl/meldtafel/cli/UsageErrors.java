package nl.meldtafel.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Every usage error of the jar: a sentence saying what is wrong, then the command's usage line, on
 * stderr with exit 2. picocli's own wording is kept where it already says it well (a bad value).
 */
final class UsageErrors {

    static final int EXIT = 2;

    private UsageErrors() {
    }

    static int handle(ParameterException ex, String[] args) {
        picocli.CommandLine line = ex.getCommandLine();
        PrintWriter err = line.getErr();
        if (line.getCommand() instanceof Command command) {
            err.println(message(ex, args));
            err.println("usage: " + command.usage());
        } else {
            // the jar itself or a group such as "log": no command, or one it does not know
            if (args.length > 0) {
                err.println("unknown command: " + String.join(" ", args));
            }
            line.usage(err);
        }
        err.flush();
        return EXIT;
    }

    private static String message(ParameterException ex, String[] args) {
        // a mistyped option explains a "missing" one, so it is named first
        List<String> unknown = ex.getCommandLine().getUnmatchedArguments();
        if (ex instanceof UnmatchedArgumentException || !unknown.isEmpty() && ex instanceof MissingParameterException) {
            return unknown.isEmpty() ? ex.getMessage() : "Unknown argument: " + unknown.get(0);
        }
        if (ex instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            List<String> names = missing.getMissing().stream().map(UsageErrors::name).toList();
            if (names.size() == 1 && given(names.get(0), args)) {
                return names.get(0) + " needs a value";
            }
            return "Missing " + String.join(", ", names);
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " given twice";
        }
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** The option was there but its value was not (e.g. {@code --out} as the last word). */
    private static boolean given(String option, String[] args) {
        return option.startsWith("-") && Arrays.stream(args).anyMatch(a -> a.equals(option) || a.startsWith(option + "="));
    }
}

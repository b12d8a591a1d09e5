package nl.meldtafel.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --from} and {@code --to} as days, both included, shared by {@code log export} (optional)
 * and {@code report} (required). Days start at midnight in the zone the command is given.
 */
abstract class Days {

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    abstract LocalDate from();

    abstract LocalDate to();

    /** A usage error (exit 2) when the period runs backwards. */
    void checkOrder() {
        if (from() != null && to() != null && from().isAfter(to())) {
            throw new ParameterException(command.commandLine(), "--from " + from() + " is after --to " + to());
        }
    }

    /** The start of the first day, or null for "since the beginning". */
    Instant start(ZoneId zone) {
        return from() == null ? null : from().atStartOfDay(zone).toInstant();
    }

    /** The end of the last day (the next midnight), or null for "up to now". */
    Instant end(ZoneId zone) {
        return to() == null ? null : to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Both days may be left out. */
    static final class Optional extends Days {
        @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
                description = "The first day (default: the first alert).")
        private LocalDate from;
        @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
                description = "The last day, included (default: today).")
        private LocalDate to;

        @Override
        LocalDate from() {
            return from;
        }

        @Override
        LocalDate to() {
            return to;
        }
    }

    /** Both days must be given. */
    static final class Required extends Days {
        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
                description = "The first day.")
        private LocalDate from;
        @Option(names = "--to", required = true, paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
                description = "The last day, included.")
        private LocalDate to;

        @Override
        LocalDate from() {
            return from;
        }

        @Override
        LocalDate to() {
            return to;
        }
    }
}

package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.export.LogCsvExport;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/** {@code log export}: the log of a period as CSV for Excel, without administrators' contact details. */
public final class LogExportCommand implements Command {

    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public LogExportCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    /** @param clock its zone decides where a day starts and in which time zone times are written */
    public LogExportCommand(LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("log", "export");
    }

    @Override
    public String usage() {
        return "log export [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.csv [--data-dir DIR]   "
                + "the log as CSV (; and UTF-8 with BOM), both days included";
    }

    private record Options(LocalDate from, LocalDate to, Path out) {
    }

    @Override
    public int run(List<String> args, Io io) {
        Options options;
        try {
            options = parse(DataFolder.withoutOption(args));
        } catch (UsageException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        Instant from = options.from() == null ? null : options.from().atStartOfDay(clock.getZone()).toInstant();
        Instant to = options.to() == null ? null : options.to().plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        AlertQuery query = AlertQuery.all().period(from, to);
        Path target = options.out().toAbsolutePath();
        Path folder = folders.resolve(args);
        // Opening would create an empty log, and an empty export looks like a quiet period.
        if (LogFolder.missing(folder, io.err(), "")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
            long written = AtomicFile.write(target, out -> LogCsvExport.of(storage, clock.getZone()).write(query, out));
            io.out().println(written + " alerts written to " + target);
            return 0;
        } catch (IOException e) {
            CommandFailure.log(this, e);
            io.err().println("Could not write " + target + ": " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private static Options parse(List<String> args) throws UsageException {
        LocalDate from = null;
        LocalDate to = null;
        Path out = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("Missing value after " + a);
            }
            switch (name) {
                case "--from" -> from = date(name, value);
                case "--to" -> to = date(name, value);
                case "--out" -> out = value.isBlank() ? null : Path.of(value);
                default -> throw new UsageException("Unknown argument: " + a);
            }
        }
        if (out == null) {
            throw new UsageException("Say where to write the CSV with --out FILE.csv");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        return new Options(from, to, out);
    }

    private static LocalDate date(String option, String value) throws UsageException {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " needs a date as YYYY-MM-DD, not '" + value + "'");
        }
    }
}

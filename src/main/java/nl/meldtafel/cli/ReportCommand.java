package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.report.OverviewPdf;
import nl.meldtafel.report.ReportText;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.Period;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/** {@code report}: the Overzicht of a period as a PDF, e.g. from a weekly scheduled job. */
public final class ReportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("--from", "--to", "--out");

    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public ReportCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    /** @param clock its zone is the desk's: the days of the period start at its midnights */
    public ReportCommand(LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("report");
    }

    @Override
    public String usage() {
        return "report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--data-dir DIR]   the overview of those days as a PDF";
    }

    @Override
    public int run(List<String> args, Io io) {
        Period period;
        Path target;
        Path folder;
        try {
            folder = folders.resolve(args);
            Map<String, String> options = options(DataFolder.withoutOption(args));
            LocalDate from = date(options, "--from");
            LocalDate to = date(options, "--to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("--from " + from + " is after --to " + to);
            }
            period = new Period(from, to, clock.getZone());
            target = Path.of(options.get("--out"));
            if (Files.isDirectory(target)) {
                throw new IllegalArgumentException("--out is a folder, give a file name: " + target);
            }
        } catch (IllegalArgumentException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        if (LogFolder.missing(folder, io.err(), "")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
            Overview overview = storage.overviews().overview(period);
            AtomicFile.write(target, out -> {
                new OverviewPdf().write(overview, out);
                return null;
            });
            io.out().println("Report for " + ReportText.period(period) + " written to " + target + " ("
                    + overview.sent().count() + (overview.sent().count() == 1 ? " alert)." : " alerts)."));
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

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("Unknown argument: " + a);
            }
            String value;
            if (a.contains("=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " needs a value");
            }
            if (options.put(name, value) != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
        }
        for (String required : List.of("--from", "--to", "--out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("Missing " + required);
            }
        }
        return options;
    }

    private static LocalDate date(Map<String, String> options, String name) {
        String value = options.get(name);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " " + value + " is not a date; write it as YYYY-MM-DD, e.g. 2026-11-16");
        }
    }
}

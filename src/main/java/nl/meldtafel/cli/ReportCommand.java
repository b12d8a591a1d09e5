package nl.meldtafel.cli;

import nl.meldtafel.alert.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.report.OverviewPdf;
import nl.meldtafel.report.ReportText;
import nl.meldtafel.stats.Overview;
import nl.meldtafel.stats.Period;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: the Overzicht of a period as a PDF, e.g. from a weekly scheduled job. */
@picocli.CommandLine.Command(
        customSynopsis = "report --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf [--as N]",
        description = {"the overview of those days as a PDF",
                "Days are the desk's (Dutch time unless MELDTAFEL_ZONE says otherwise), at most 400.",
                "Never holds administrators' contact details; a failed run leaves no half-written PDF."})
public final class ReportCommand extends AdminCommand {

    @Mixin
    private Days.Required days;
    @Option(names = "--out", required = true, paramLabel = "FILE.pdf", converter = Converters.FileName.class,
            description = "The PDF file to write.")
    private Path out;
    @Mixin
    private DataDirOption data;
    @Mixin
    private AsOption as = new AsOption();

    private final Clock clock;

    /** @param clock its zone is the desk's: the days of the period start at its midnights */
    public ReportCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("report");
    }

    @Override
    public Integer call() {
        days.checkOrder();
        Period period;
        try {
            period = new Period(days.from(), days.to(), clock.getZone());
        } catch (IllegalArgumentException e) {
            throw usageError(e.getMessage()); // over 400 days
        }
        if (Files.isDirectory(out)) {
            throw usageError("--out is a folder, give a file name: " + out);
        }
        Path folder = data.folder();
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            mayRead(storage, data, as.number, Permission.REPORTS);
            Overview overview = storage.overviews().overview(period);
            AtomicFile.write(out, file -> {
                new OverviewPdf(ReportText.whose(storage.team())).write(overview, file);
                return null;
            });
            String scope = storage.team().filter(t -> t.wholeUnit() || t.severalTeams())
                    .map(t -> t.wholeUnit() ? "the whole unit, " : "team " + t.team().name() + ", ").orElse("");
            io.out().println("Report for " + scope + ReportText.period(period) + " written to " + out + " ("
                    + overview.sent().count() + (overview.sent().count() == 1 ? " alert)." : " alerts)."));
            return 0;
        } catch (IOException e) {
            io.err().println("Could not write " + out + ": " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            io.err().println(e.getMessage());
            return 1;
        }
    }
}

package nl.meldtafel.cli;

import nl.meldtafel.alert.Permission;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.export.AtomicFile;
import nl.meldtafel.export.LogCsvExport;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code log export}: the log of a period as CSV for Excel, without administrators' contact details. */
@picocli.CommandLine.Command(
        customSynopsis = "log export [--from YYYY-MM-DD] [--to YYYY-MM-DD] --out FILE.csv [--as N]",
        description = {"the log as CSV (; and UTF-8 with BOM), both days included",
                "Days are the desk's (Dutch time unless MELDTAFEL_ZONE says otherwise); without dates all of it.",
                "Never holds administrators' phone numbers or email addresses."})
public final class LogExportCommand extends AdminCommand {

    @Mixin
    private Days.Optional days;
    @Option(names = "--out", required = true, paramLabel = "FILE.csv", converter = Converters.FileName.class,
            description = "The CSV file to write.")
    private Path out;
    @Mixin
    private DataDirOption data;
    @Mixin
    private AsOption as = new AsOption();

    private final Clock clock;

    /** @param clock its zone decides where a day starts and in which time zone times are written */
    public LogExportCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("log", "export");
    }

    @Override
    public Integer call() {
        days.checkOrder();
        AlertQuery query = AlertQuery.all().period(days.start(clock.getZone()), days.end(clock.getZone()));
        Path target = out.toAbsolutePath();
        // never a new, empty log: its empty export would look like a quiet period
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            mayRead(storage, data, as.number, Permission.READ_LOG);
            long written = AtomicFile.write(target, file -> LogCsvExport.of(storage, clock.getZone()).write(query, file));
            io.out().println(written + " alerts written to " + target);
            return 0;
        } catch (IOException e) {
            io.err().println("Could not write " + target + ": " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            io.err().println(e.getMessage());
            return 1;
        }
    }
}

package nl.meldtafel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.demo.DemoClock;
import nl.meldtafel.demo.DemoLog;
import nl.meldtafel.store.LogBuiltAside;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.template.TemplateCatalog;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code demo --alerts N}: fills an empty data folder with a year of realistic fake alerts. */
@picocli.CommandLine.Command(
        customSynopsis = "demo --alerts N [--data-dir DIR] [--seed S] [--templates DIR]",
        description = {"fill an empty log with demo alerts",
                "A fake register and N realistic alerts over the past year, for training and benchmarks; "
                        + "refuses a log that already holds alerts."})
public final class DemoCommand extends AdminCommand {

    private static final long DEFAULT_SEED = 20260101L;

    @Option(names = "--alerts", required = true, paramLabel = "N", converter = Converters.Count.class,
            description = "How many alerts (at least 1).")
    private long alerts;
    @Option(names = "--seed", paramLabel = "S", converter = Converters.Count.class,
            description = "Another seed gives another log (default: ${DEFAULT-VALUE}).")
    private long seed = DEFAULT_SEED;
    @Mixin
    private DataDirOption data;
    @Mixin
    private TemplatesOption templates;

    private final Map<String, String> env;
    private final Clock clock;

    public DemoCommand(Map<String, String> env, Clock clock) {
        this(env, DefaultDataFolder.of(env), clock);
    }

    public DemoCommand(Map<String, String> env, DefaultDataFolder folders, Clock clock) {
        this.env = env;
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("demo");
    }

    @Override
    public Integer call() {
        if (alerts < 1) {
            throw usageError("--alerts N needs at least 1");
        }
        // no LogFolder guard: demo is the one command that creates a log
        Path folder = data.folder();
        TemplateCatalog catalog = templates.load(env);
        if (!catalog.problems().isEmpty()) {
            catalog.problems().forEach(p -> io.err().println("error: template " + p));
            return 2;
        }
        DemoClock demoClock = new DemoClock(clock.instant(), clock.getZone());
        try {
            if (data.server().isPresent()) {
                try (Storage storage = data.openOrCreate(demoClock)) {
                    return holdsAlerts(storage, folder) ? 2 : report(load(storage, catalog, demoClock), storage.location());
                }
            }
            if (Files.exists(Storage.databaseFile(folder))) {
                try (Storage existing = data.openOrCreate(clock)) {
                    if (holdsAlerts(existing, folder)) {
                        return 2;
                    }
                }
            }
            // built beside the log and moved in when complete: a third faster, and a stopped demo leaves nothing half
            DemoLog.Result r = new LogBuiltAside(folder, demoClock).build(storage -> load(storage, catalog, demoClock));
            return report(r, folder.toString());
        } catch (StorageException e) {
            io.err().println(e.getMessage());
            return 1;
        }
    }

    /** Fake alerts must never mix with a real log. */
    private boolean holdsAlerts(Storage storage, Path folder) {
        if (storage.alerts().search(AlertQuery.all().limit(1)).items().isEmpty()) {
            return false;
        }
        io.err().println("The log in " + folder + " already holds alerts; demo data only goes into an empty data folder.");
        return true;
    }

    private DemoLog.Result load(Storage storage, TemplateCatalog catalog, DemoClock demoClock) {
        return new DemoLog(storage, catalog, demoClock, seed, io.err()).load(alerts, clock.instant());
    }

    private int report(DemoLog.Result r, String where) {
        io.out().println("Demo log written to " + where + ": " + r.alerts() + " alerts " + r.perKind()
                + ", " + r.open() + " open, " + r.unconfirmed() + " unconfirmed, " + r.closedWithReason()
                + " closed with a reason, in " + r.took().toSeconds() + " s.");
        return 0;
    }
}

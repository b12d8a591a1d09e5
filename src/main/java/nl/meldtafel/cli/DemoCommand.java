package nl.meldtafel.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.demo.DemoClock;
import nl.meldtafel.demo.DemoLog;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.template.TemplateCatalog;

/** {@code demo --alerts N}: fills an empty data folder with a year of realistic fake alerts. */
public final class DemoCommand implements Command {

    private static final long DEFAULT_SEED = 20260101L;

    private final Map<String, String> env;
    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public DemoCommand(Map<String, String> env, Clock clock) {
        this(env, DataFolder::resolve, clock);
    }

    public DemoCommand(Map<String, String> env, LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.env = env;
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("demo");
    }

    @Override
    public String usage() {
        return "demo --alerts N [--data-dir DIR] [--seed S] [--templates DIR]   fill an empty log with demo alerts";
    }

    @Override
    public int run(List<String> args, Io io) {
        long count;
        long seed = DEFAULT_SEED;
        TemplateOptions options;
        Path folder;
        try {
            options = TemplateOptions.parse(DataFolder.withoutOption(args));
            Long alerts = null;
            List<String> rest = new ArrayList<>(options.rest());
            for (int i = 0; i < rest.size(); i++) {
                String a = rest.get(i);
                if ((a.equals("--alerts") || a.equals("--seed")) && i + 1 < rest.size()) {
                    long value = parseNumber(a, rest.get(++i));
                    if (a.equals("--alerts")) {
                        alerts = value;
                    } else {
                        seed = value;
                    }
                } else {
                    throw new UsageException("unknown argument: " + a);
                }
            }
            if (alerts == null || alerts < 1) {
                throw new UsageException("--alerts N (at least 1) is missing");
            }
            count = alerts;
            folder = folders.resolve(args);
        } catch (UsageException | IllegalArgumentException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        TemplateCatalog catalog = options.load(env);
        if (!catalog.problems().isEmpty()) {
            catalog.problems().forEach(p -> io.err().println("error: template " + p));
            return 2;
        }
        DemoClock demoClock = new DemoClock(clock.instant(), clock.getZone());
        try (Storage storage = Storage.open(folder, demoClock)) {
            // fake alerts must never mix with a real log
            if (!storage.alerts().search(AlertQuery.all().limit(1)).items().isEmpty()) {
                io.err().println("The log in " + folder + " already holds alerts; demo data only goes into an empty data folder.");
                return 2;
            }
            DemoLog.Result r = new DemoLog(storage, catalog, demoClock, seed, io.err()).load(count, clock.instant());
            io.out().println("Demo log written to " + storage.dataFolder() + ": " + r.alerts() + " alerts " + r.perKind()
                    + ", " + r.open() + " open, " + r.unconfirmed() + " unconfirmed, " + r.closedWithReason()
                    + " closed with a reason, in " + r.took().toSeconds() + " s.");
            return 0;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private static long parseNumber(String option, String value) throws UsageException {
        try {
            return Long.parseLong(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, not '" + value + "'");
        }
    }
}

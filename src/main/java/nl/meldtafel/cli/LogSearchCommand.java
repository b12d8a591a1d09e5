package nl.meldtafel.cli;

import nl.meldtafel.alert.Permission;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.Page;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code log search}: the Logboek's search from the command line, every match newest first, one line
 * each with number, time, kind and summary.
 */
@picocli.CommandLine.Command(
        customSynopsis = "log search TEXT [--as NUMBER] [--data-dir DIR]",
        description = {"the alerts whose text contains every word of TEXT, newest first",
                "A word of three or more characters is found anywhere, also inside a compound or plate; "
                        + "one of one or two characters matches the start of a word. Exit 1 when nothing matches."})
public final class LogSearchCommand extends AdminCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The largest page the repository serves: few round trips for a long list. */
    private static final int PAGE = AlertQuery.MAX_LIMIT;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "The words to search for.")
    private List<String> words = new ArrayList<>();
    @Mixin
    private DataDirOption data;
    @Mixin
    private AsOption as = new AsOption();

    private final Clock clock;

    /** @param clock its zone is the one times are printed in */
    public LogSearchCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("log", "search");
    }

    @Override
    public Integer call() {
        String text = String.join(" ", words).strip();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw usageError("Give the text to search for, e.g. log search inbraak");
        }
        // Opening would create an empty log, and "nothing found" in it would be a wrong answer.
        try (Storage storage = data.openExisting(clock, io.err())) {
            if (storage == null) {
                return 1;
            }
            mayRead(storage, data, as.number, Permission.READ_LOG);
            long found = 0;
            AlertQuery query = AlertQuery.all().text(text).limit(PAGE);
            while (query != null) {
                Page<AlertRow> page = storage.alerts().search(query);
                for (AlertRow row : page.items()) {
                    io.out().println(line(row));
                    found++;
                }
                Optional<AlertQuery> next = page.next().map(query::after);
                query = next.orElse(null);
            }
            if (found == 0) {
                io.out().println("No alert matches '" + text + "'.");
                return 1;
            }
            io.out().println(found == 1 ? "1 alert found." : found + " alerts found.");
            return 0;
        } catch (StorageException e) {
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private String line(AlertRow row) {
        return row.id() + "  " + TIME.format(row.logTime().atZone(clock.getZone())) + "  " + row.kind().label()
                + "  " + row.summary();
    }
}

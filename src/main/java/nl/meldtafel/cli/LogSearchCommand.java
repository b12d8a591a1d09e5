package nl.meldtafel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.Page;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/**
 * {@code log search}: the Logboek's search from the command line, every match newest first, one line
 * each with number, time, kind and summary.
 */
public final class LogSearchCommand implements Command {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** The largest page the repository serves: few round trips for a long list. */
    private static final int PAGE = AlertQuery.MAX_LIMIT;

    private final LogVerifyCommand.DataFolderResolver folders;
    private final Clock clock;

    public LogSearchCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    /** @param clock its zone is the one times are printed in */
    public LogSearchCommand(LogVerifyCommand.DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("log", "search");
    }

    @Override
    public String usage() {
        return "log search TEXT [--data-dir DIR]   the alerts whose text contains every word of TEXT, newest first";
    }

    @Override
    public int run(List<String> args, Io io) {
        String text;
        try {
            text = text(DataFolder.withoutOption(args));
        } catch (UsageException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        Path folder = folders.resolve(args);
        // Opening would create an empty log, and "nothing found" in it would be a wrong answer.
        if (LogFolder.missing(folder, io.err(), "")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
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
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 1;
        }
    }

    private String line(AlertRow row) {
        return row.id() + "  " + TIME.format(row.logTime().atZone(clock.getZone())) + "  " + row.kind().label()
                + "  " + row.summary();
    }

    private static String text(List<String> args) throws UsageException {
        List<String> words = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--")) {
                throw new UsageException("Unknown argument: " + a);
            }
            words.add(a);
        }
        String text = String.join(" ", words).strip();
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UsageException("Give the text to search for, e.g. log search inbraak");
        }
        return text;
    }
}

package nl.meldtafel.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.store.DataFolder;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;

/** {@code log verify}: proves that no log entry was changed, inserted or removed. */
public final class LogVerifyCommand implements Command {

    private final DataFolderResolver folders;
    private final Clock clock;

    /** Resolves the data folder from the arguments; injectable so tests need no environment. */
    @FunctionalInterface
    public interface DataFolderResolver {
        Path resolve(List<String> args);
    }

    public LogVerifyCommand() {
        this(DataFolder::resolve, Clock.systemDefaultZone());
    }

    public LogVerifyCommand(DataFolderResolver folders, Clock clock) {
        this.folders = folders;
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("log", "verify");
    }

    @Override
    public String usage() {
        return "log verify [--data-dir DIR] [--expect-head [SEQ:]HASH]   check the audit chain of the log";
    }

    @Override
    public int run(List<String> args, Io io) {
        Optional<ExpectedHead> expected;
        try {
            expected = expectedHead(args);
        } catch (IllegalArgumentException e) {
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        Path folder = folders.resolve(args);
        // A missing or emptied log is never intact: opening it would create an empty one that verifies.
        if (LogFolder.missing(folder, io.out(), "LOG MISSING: ")) {
            return 1;
        }
        try (Storage storage = Storage.open(folder, clock)) {
            VerificationReport report = storage.verifier().verify(expected);
            if (report.intact()) {
                io.out().println("Log intact: " + report.entries() + " entries, " + report.redacted() + " redacted alerts.");
                io.out().println("Head: " + report.head().map(h -> "seq " + h.seq() + " hash " + h.hash()).orElse("(empty log)"));
                return 0;
            }
            io.out().println("LOG BROKEN at " + report.problem().orElseThrow());
            report.head().ifPresent(h -> io.out().println("Chain read up to seq " + h.seq()));
            return 1;
        } catch (StorageException e) {
            io.err().println(e.getMessage());
            return 2;
        }
    }

    private static Optional<ExpectedHead> expectedHead(List<String> args) {
        List<String> rest = DataFolder.withoutOption(args);
        Optional<ExpectedHead> expected = Optional.empty();
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (a.equals("--expect-head") && i + 1 < rest.size()) {
                expected = Optional.of(ExpectedHead.parse(rest.get(++i)));
            } else if (a.startsWith("--expect-head=")) {
                expected = Optional.of(ExpectedHead.parse(a.substring("--expect-head=".length())));
            } else {
                throw new IllegalArgumentException("Unknown argument: " + a);
            }
        }
        return expected;
    }
}

package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.store.ChainAnchors;
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
        return "log verify [--data-dir DIR] [--expect-head [SEQ:]HASH]   check the audit chain of the log "
                + "(against the newest anchor unless a head is given); exit 0 intact, 1 broken or missing, 2 unreadable";
    }

    @Override
    public int run(List<String> args, Io io) {
        Optional<ExpectedHead> expected;
        try {
            expected = expectedHead(args);
        } catch (IllegalArgumentException e) {
            CommandFailure.usage(this, e);
            io.err().println(e.getMessage());
            io.err().println("usage: " + usage());
            return 2;
        }
        Path folder = folders.resolve(args);
        // A missing or emptied log is never intact: opening it would create an empty one that verifies.
        if (LogFolder.missing(folder, io.out(), "LOG MISSING: ")) {
            return 1;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("meldtafel-verify");
            try (Storage storage = Storage.openForVerification(folder, clock, work)) {
                return verify(storage, expected, io);
            }
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println(e.getMessage());
            return 2;
        } catch (IOException e) {
            CommandFailure.log(this, e);
            io.err().println("Cannot read the log in " + folder + ": " + e.getMessage());
            return 2;
        } finally {
            deleteQuietly(work);
        }
    }

    /** Without --expect-head the newest anchor kept beside the backups (or in the second place) is the head to find. */
    private int verify(Storage storage, Optional<ExpectedHead> given, Io io) {
        Optional<ChainAnchors.Anchor> anchor = given.isPresent() ? Optional.empty() : storage.anchors().newest();
        Optional<ExpectedHead> expected = given.isPresent() ? given : anchor.map(ChainAnchors.Anchor::expected);
        anchor.ifPresent(a -> io.out().println("Anchor: entry " + a.seq() + ", kept " + a.at() + " in " + a.file()));
        if (expected.isEmpty()) {
            io.out().println("No anchor found: a cut-off tail or a wiped log cannot be seen without one.");
        }
        VerificationReport report = storage.verifier().verify(expected);
        if (report.intact()) {
            io.out().println("Log intact: " + report.entries() + " entries, " + report.redacted() + " redacted alerts.");
            io.out().println("Head: " + report.head().map(h -> "seq " + h.seq() + " hash " + h.hash()).orElse("(empty log)"));
            return 0;
        }
        io.out().println("LOG BROKEN at " + report.problem().orElseThrow());
        report.head().ifPresent(h -> io.out().println("Chain read up to seq " + h.seq()));
        return 1;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind is removed with the temp folder
            org.slf4j.LoggerFactory.getLogger(LogVerifyCommand.class).info("Could not remove the verification copy ({})",
                    e.getClass().getSimpleName());
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

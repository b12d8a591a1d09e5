package nl.meldtafel.cli;

import nl.meldtafel.alert.Permission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.store.ChainAnchors;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.StorageException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code log verify}: proves that no log entry was changed, inserted or removed. */
@picocli.CommandLine.Command(
        customSynopsis = "log verify [--data-dir DIR | --database URL --as N] [--expect-head HASH]",
        description = {"check the audit chain of the log (against the newest anchor unless a head is given); "
                + "exit 0 intact, 1 broken or missing, 2 unreadable or not allowed",
                "On a server --as an account that may read the log or run the server; here only as the OS account "
                        + "that owns the data folder."})
public final class LogVerifyCommand extends AdminCommand {

    @Mixin
    private DataDirOption data;
    @Mixin
    private AsOption as = new AsOption();
    @Option(names = "--expect-head", paramLabel = "[SEQ:]HASH", converter = HeadConverter.class,
            description = "The head noted earlier (e.g. in the shift report) that the chain must still hold.")
    private ExpectedHead expectedHead;

    private final Clock clock;

    public LogVerifyCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("log", "verify");
    }

    @Override
    public Integer call() {
        Optional<ExpectedHead> expected = Optional.ofNullable(expectedHead);
        Path folder = data.folder();
        // A missing or emptied log is never intact: opening it would create an empty one that verifies.
        if (data.server().isEmpty() && LogFolder.missing(folder, io.out(), "LOG MISSING: ")) {
            return 1;
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("meldtafel-verify");
            try (Storage storage = data.openForVerification(clock, work)) {
                mayRead(storage, data, as.number, Permission.READ_LOG, Permission.SERVER);
                return verify(storage, expected, io);
            }
        } catch (CommandRefused e) {
            io.err().println(e.getMessage()); // exit 1 means broken: a refusal is "could not verify"
            return 2;
        } catch (StorageException e) {
            io.err().println(e.getMessage());
            return 2;
        } catch (IOException e) {
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
        VerificationReport report = storage.verifyReadingAhead(expected);
        if (report.intact()) {
            io.out().println("Log intact: " + report.entries() + " entries, " + report.redacted() + " redacted alerts.");
            io.out().println("Head: " + report.head().map(h -> "seq " + h.seq() + " hash " + h.hash()).orElse("(empty log)"));
            return 0;
        }
        VerificationReport.Problem problem = report.problem().orElseThrow();
        // "at" only before an entry: a problem found after the walk names no entry
        io.out().println((problem.seq() > 0 ? "LOG BROKEN at " : "LOG BROKEN: ") + problem);
        report.head().ifPresent(h -> io.out().println("Chain read up to seq " + h.seq()));
        return 1;
    }

    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary copy left behind is removed with the temp folder
        }
    }

    static final class HeadConverter implements ITypeConverter<ExpectedHead> {
        @Override
        public ExpectedHead convert(String value) {
            try {
                return ExpectedHead.parse(value);
            } catch (IllegalArgumentException e) { // also a SEQ that is not a number
                throw new TypeConversionException(e instanceof NumberFormatException
                        ? "Not a chain head ([SEQ:]HASH with SEQ a number): " + value : e.getMessage());
            }
        }
    }
}

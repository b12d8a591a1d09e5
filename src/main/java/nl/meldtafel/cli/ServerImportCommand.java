package nl.meldtafel.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import nl.meldtafel.store.ServerImport;
import nl.meldtafel.store.StorageException;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code server import}: moves a desk's log up to an empty server, verified on both sides. */
@picocli.CommandLine.Command(
        customSynopsis = "server import --from-data-dir DIR --database URL",
        description = {"copy a desk's SQLite log (alerts, chain, register, officers, responses, holds, settings) to an "
                + "empty server set up with server init; exit 0 copied and verified, 1 refused (nothing written), 2 usage",
                "The chain is verified on the desk's file before and on the server after the copy, in one transaction; "
                        + "the desk's file is only read, by the OS account that owns it."})
public final class ServerImportCommand extends AdminCommand {

    @Mixin
    private DataDirOption data;
    @Option(names = "--from-data-dir", paramLabel = "DIR", required = true, converter = Converters.FileName.class,
            description = "The data folder of the desk whose log moves up.")
    private Path from;

    private final Clock clock;

    public ServerImportCommand(DefaultDataFolder folders, Clock clock) {
        this.data = new DataDirOption(folders);
        this.clock = clock;
    }

    @Override
    public List<String> names() {
        return List.of("server", "import");
    }

    @Override
    public Integer call() {
        ServerAddress address = data.requiredServer("server import needs a server");
        // the whole log leaves this PC: only its owner may send it, as only its owner may read it here
        ownerOnly(from.toAbsolutePath());
        Path work = null;
        try {
            work = Files.createTempDirectory("meldtafel-import");
            // --team: the desk's alerts, officers and groups join that team (made first with `team add`)
            PostgresBackend backend = PostgresBackend.at(address, data.environment(), clock, data.teamScope());
            ServerImport.Result result = ServerImport.run(from.toAbsolutePath(), backend, clock, work);
            io.out().println("Desk log " + from + ": chain intact, " + result.before().entries() + " entries.");
            for (Map.Entry<String, Integer> table : result.rows().entrySet()) {
                io.out().println("  " + table.getKey() + ": " + table.getValue());
            }
            io.out().println("Server " + address + ": chain intact after the copy, " + result.after().entries()
                    + " entries. Head: " + result.after().head().map(h -> "seq " + h.seq() + " hash " + h.hash()).orElse("(empty log)"));
            return 0;
        } catch (ServerImport.Refused e) {
            io.err().println("Nothing imported: " + e.getMessage());
            return 1;
        } catch (StorageException e) {
            CommandFailure.log(this, e);
            io.err().println("Nothing imported: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            io.err().println("Cannot read the desk's log in " + from + ": " + e.getMessage());
            return 2;
        } finally {
            LogVerifyCommand.deleteQuietly(work);
        }
    }
}

package nl.meldtafel.store;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** Two desks' service stacks on one log on the embedded server, each with its own folder, and a thread for each to act on. */
abstract class TwoDesks {

    final Clock clock = Clock.systemUTC();
    @TempDir
    Path deskA;
    @TempDir
    Path deskB;
    Storage a;
    Storage b;
    final ExecutorService desks = Executors.newFixedThreadPool(2);

    @BeforeEach
    void openTwoDesks() {
        String url = EmbeddedServer.migratedDatabase();
        a = Storage.on(deskA, PostgresBackend.at(url, EmbeddedServer.user(), clock), clock);
        b = Storage.on(deskB, PostgresBackend.at(url, EmbeddedServer.user(), clock), clock);
        a.open();
        b.open();
    }

    @AfterEach
    void closeTwoDesks() {
        desks.shutdownNow();
        a.close();
        b.close();
    }
}

package nl.meldtafel.bench;

import nl.meldtafel.store.postgres.EmbeddedServer;
import nl.meldtafel.store.postgres.ServerSetup;

/**
 * A throwaway PostgreSQL with a set-up Meldtafel log, for trying desks on a server by hand and for the
 * server benchmarks: prints the address to give {@code --database}, then serves until killed.
 * {@code java -cp target/test-classes:$(cat cp.txt) nl.meldtafel.bench.LocalServer}
 */
public final class LocalServer {

    private LocalServer() {
    }

    public static void main(String[] args) throws InterruptedException {
        String url = EmbeddedServer.freshDatabase();
        ServerSetup.init(url, EmbeddedServer.user(), ServerSetup.DEFAULT_DESK_ROLE);
        System.out.println(EmbeddedServer.address(url, "postgres"));
        System.out.flush();
        Thread.currentThread().join();
    }
}

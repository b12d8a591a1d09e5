package nl.meldtafel.store.postgres;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.meldtafel.account.AccountService;
import nl.meldtafel.account.PasswordHashing;
import nl.meldtafel.store.Storage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two desks of a new server both make "the first account" at the same moment: one teamchef, the other is told. */
class FirstAccountRaceTest {

    @TempDir
    Path dir;

    @Test
    void twoDesksMakingTheFirstAccountAtOnceMakeOneTeamchef() throws Exception {
        String url = EmbeddedServer.migratedDatabase();
        Clock clock = Clock.systemUTC();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Storage> desks = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                Storage desk = Storage.on(dir.resolve("desk" + i), PostgresBackend.at(url, EmbeddedServer.user(), clock), clock);
                desk.open();
                desks.add(desk);
            }
            for (int round = 0; round < 5; round++) {
                EmbeddedServer.execute(url, "ALTER TABLE account DISABLE TRIGGER USER; DELETE FROM account; "
                        + "ALTER TABLE account ENABLE TRIGGER USER"); // a new server again, as far as accounts go
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> tries = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    AccountService accounts = desks.get(i).accountsWith(new PasswordHashing(1_000, new SecureRandom()));
                    String number = "10020" + i;
                    tries.add(pool.submit(() -> {
                        go.await();
                        try {
                            accounts.createFirst("Teamchef " + number, number, "Teamchef-2026".toCharArray(), "pc");
                            return "made";
                        } catch (IllegalStateException refused) {
                            return "refused";
                        }
                    }));
                }
                go.countDown();
                List<String> outcomes = new ArrayList<>();
                for (Future<String> t : tries) {
                    outcomes.add(t.get());
                }
                assertEquals(List.of("made", "refused"), outcomes.stream().sorted().toList(), "round " + round);
                assertEquals(1, desks.get(0).accounts().all().size());
            }
        } finally {
            pool.shutdownNow();
            desks.forEach(Storage::close);
        }
    }
}

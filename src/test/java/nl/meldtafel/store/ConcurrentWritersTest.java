package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.VerificationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two Meldtafels on one data folder: every save succeeds and the chain stays one line. */
class ConcurrentWritersTest {

    private static final int PER_WRITER = 150;

    @TempDir
    Path dir;

    @Test
    void twoDatabasesWritingAtOnceLoseNothingAndKeepTheChainIntact() throws Exception {
        Storage.open(dir, Clock.systemUTC()).close();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Storage a = Storage.open(dir, Clock.systemUTC()); Storage b = Storage.open(dir, Clock.systemUTC())) {
            List<Future<List<Long>>> writers = List.of(pool.submit(writer(a, "1")), pool.submit(writer(b, "2")));
            List<Long> saved = new ArrayList<>();
            for (Future<List<Long>> w : writers) {
                saved.addAll(w.get());
            }

            assertEquals(2 * PER_WRITER, saved.stream().distinct().count());
            assertEquals(2 * PER_WRITER, a.alerts().search(AlertQuery.all().limit(AlertQuery.MAX_LIMIT)).items().size());
            VerificationReport r = b.verifier().verify(Optional.empty());
            assertTrue(r.intact(), String.valueOf(r.problem()));
            // each writer's officer added, then each alert copied and sent
            assertEquals(2 + 2 * 2 * PER_WRITER, r.entries());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Callable<List<Long>> writer(Storage s, String number) {
        return () -> {
            Actor actor = new Actor(s.officers().register("Agent " + number, number), "os-" + number);
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < PER_WRITER; i++) {
                long id = s.alertService().recordPending(Fixtures.heterdaad("Schrijver " + number + " bericht " + i), actor);
                s.alertService().confirmSent(id, actor);
                ids.add(id);
            }
            return ids;
        };
    }
}

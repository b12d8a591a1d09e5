package nl.meldtafel.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.LogChange;
import nl.meldtafel.alert.LogChanges;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.store.Storage;
import nl.meldtafel.store.postgres.PostgresBackend;
import nl.meldtafel.store.postgres.ServerAddress;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;

/**
 * DESKS desks on one server write DESKS x ALERTS alerts at once (recorded, then confirmed sent, as at a
 * desk), each hearing the others through the live feed. Prints alerts written and lost, the chain's
 * status, the total throughput, and how long a committed alert took to reach the other desks (p50, p99).
 * Not a JUnit test. WARMUP alerts per desk go first and are not counted: a desk in use has its code compiled by
 * the JIT, which otherwise takes a good part of both cores in a run of seconds. Usage, with a server from
 * {@link LocalServer} (set up, empty):
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) nl.meldtafel.bench.DesksBenchmark URL 10 100 [WARMUP]}
 */
public final class DesksBenchmark {

    private static final FollowUpPolicy HOUR = new FollowUpPolicy(true, Duration.ofHours(1), null);

    private DesksBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        ServerAddress server = ServerAddress.parse(args[0]);
        int desks = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int alertsPerDesk = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int warmUpPerDesk = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Clock clock = Clock.systemUTC();

        // when each alert's confirming call began, and when each other desk heard of it after that (nanoTime, one
        // JVM): an upper bound, as it includes the call's own transaction
        Map<Long, Long> confirming = new ConcurrentHashMap<>();
        List<Long> latenciesNanos = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Map<Long, Boolean>> heard = new ConcurrentHashMap<>();
        List<Storage> stacks = new ArrayList<>();
        List<LogChanges.Subscription> subscriptions = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            Storage storage = Storage.on(Files.createTempDirectory("desk" + d), PostgresBackend.at(server, System.getenv(), clock), clock);
            storage.open();
            stacks.add(storage);
            Map<Long, Boolean> seen = new ConcurrentHashMap<>();
            heard.put(d, seen);
            subscriptions.add(storage.changes().subscribe(change -> {
                long now = System.nanoTime();
                if (change.kind() == LogChange.Kind.ALERT && seen.putIfAbsent(change.id(), true) == null) {
                    // the first notice of an alert heard after its confirmation began
                    Long at = confirming.get(change.id());
                    if (at != null) {
                        latenciesNanos.add(now - at);
                    } else {
                        seen.remove(change.id()); // the notice of its recording: wait for the confirmation's
                    }
                }
            }));
        }

        ExecutorService pool = Executors.newFixedThreadPool(desks);
        CountDownLatch warmedUp = new CountDownLatch(desks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> written = new ArrayList<>();
        for (int d = 0; d < desks; d++) {
            Storage storage = stacks.get(d);
            int desk = d;
            written.add(pool.submit(() -> {
                Actor officer = new Actor(storage.officers().register("Agent " + desk, "bench-" + desk), "desk" + desk);
                for (int i = 0; i < warmUpPerDesk; i++) {
                    send(storage, officer, "warm-up " + desk + "/" + i, id -> { });
                }
                warmedUp.countDown();
                start.await();
                int ok = 0;
                for (int i = 0; i < alertsPerDesk; i++) {
                    send(storage, officer, "desk " + desk + " alert " + i, id -> confirming.put(id, System.nanoTime()));
                    ok++;
                }
                return ok;
            }));
        }
        warmedUp.await();
        Thread.sleep(1500); // the warm-up's last notices
        long before = sentInLog(stacks.get(0));
        latenciesNanos.clear();
        long began = System.nanoTime();
        start.countDown();
        int reported = 0;
        for (Future<Integer> f : written) {
            reported += f.get(30, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        pool.shutdown();
        // notices of the last commits are still on their way: give them a moment before counting
        Thread.sleep(1500);

        Storage any = stacks.get(0);
        long inLog = sentInLog(any) - before;
        VerificationReport chain = any.verifier().verify(Optional.empty());
        List<Long> sorted = new ArrayList<>(latenciesNanos);
        Collections.sort(sorted);
        long expectedNotices = (long) (desks - 1) * desks * alertsPerDesk;

        System.out.printf("desks: %d, alerts per desk: %d (after %d each to warm up, not counted), server %s%n", desks,
                alertsPerDesk, warmUpPerDesk, server);
        System.out.printf("alerts written: %,d (reported by the desks %,d), added to the log as sent: %,d, lost: %,d%n",
                (long) desks * alertsPerDesk, reported, inLog, (long) desks * alertsPerDesk - inLog);
        System.out.printf("chain: %s, %,d entries%n", chain.intact() ? "intact" : "BROKEN " + chain.problem().orElseThrow(),
                chain.entries());
        System.out.printf("throughput: %.0f alerts/s (each recorded and confirmed: two transactions), %.1f s%n",
                desks * alertsPerDesk / seconds, seconds);
        System.out.printf("propagation to the other desks: %,d of %,d notices heard, p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                sorted.size(), expectedNotices, percentile(sorted, 50), percentile(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1e6);
        subscriptions.forEach(LogChanges.Subscription::close);
        stacks.forEach(Storage::close);
    }

    /** Recorded and then confirmed, as a desk does once the officer has posted it. */
    private static void send(Storage storage, Actor officer, String what, java.util.function.LongConsumer confirming) {
        long id = storage.alertService().recordPending(new NewAlert(MessageKind.HETERDAAD, "heterdaad", "bench", "{}",
                "*HETERDAAD*\nBench " + what, null, HOUR, List.of()), officer);
        confirming.accept(id);
        storage.alertService().confirmSent(id, officer);
    }

    /** Sent alerts in the log: the run's own are those added while it ran (the server may hold earlier runs'). */
    private static long sentInLog(Storage storage) {
        long count = 0;
        AlertQuery q = AlertQuery.all().statuses(AlertStatus.SENT).limit(AlertQuery.MAX_LIMIT);
        while (q != null) {
            var page = storage.alerts().search(q);
            count += page.items().size();
            AlertQuery current = q;
            q = page.next().map(current::after).orElse(null);
        }
        return count;
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }
}

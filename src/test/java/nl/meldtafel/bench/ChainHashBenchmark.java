package nl.meldtafel.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.AuditHashing;
import nl.meldtafel.alert.AuditRecord;

/**
 * How long hashing the chain takes: a log entry's hash (every entry, at each write and at log verify) and
 * a content hash (every sent alert), a million of each per round, median over the rounds. Not a JUnit test:
 * {@code mvn -q test-compile exec:java -Dexec.mainClass=nl.meldtafel.bench.ChainHashBenchmark -Dexec.classpathScope=test}.
 * Argument: rounds (default 7).
 */
public final class ChainHashBenchmark {

    private static final int PER_ROUND = 1_000_000;

    private ChainHashBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        String prev = "0".repeat(64);
        byte[] salt = new byte[16];
        String text = "Politiebericht – Kijk uit\nWoninginbraak – Dorpsstraat 12, Leiden-Zuid (14.32 uur)\n"
                + "Ziet u iets verdachts? Spreek niemand zelf aan en bel direct 112.\n\nBel 112 bij spoed, anders 0900-8844.";
        List<Long> entries = new ArrayList<>();
        List<Long> contents = new ArrayList<>();
        String last = "";
        for (int round = 0; round < rounds; round++) {
            long started = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                AuditRecord r = new AuditRecord(AuditEvent.TICKED, 123_456L + i, Instant.ofEpochMilli(1_733_300_000_000L + i), 7L,
                        "desk-account", "{\"group\":\"Beheerders Leiden Zuid\",\"outcome\":\"POSTED\"}", prev,
                        AuditRecord.CURRENT_FORM, 42L, "J. de Vries", "100231");
                last = AuditHashing.entryHash(i, r, prev);
            }
            entries.add(System.nanoTime() - started);
            started = System.nanoTime();
            for (int i = 0; i < PER_ROUND; i++) {
                last = AuditHashing.contentHash(salt, "heterdaad", "{\"delict\":\"Woninginbraak\"}", text);
            }
            contents.add(System.nanoTime() - started);
        }
        System.out.printf(Locale.ROOT, "entry hash: median %d ms per million (%s)%ncontent hash: median %d ms per million (%s)%n"
                        + "(last hash %s)%n", median(entries), millis(entries), median(contents), millis(contents), last.substring(0, 8));
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static String millis(List<Long> nanos) {
        return nanos.stream().map(n -> Long.toString(n / 1_000_000)).reduce((a, b) -> a + ", " + b).orElse("");
    }
}

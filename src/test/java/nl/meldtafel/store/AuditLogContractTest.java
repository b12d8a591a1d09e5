package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AuditEntry;
import nl.meldtafel.alert.AuditEvent;
import nl.meldtafel.alert.AuditHashing;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.AuditRecord;
import nl.meldtafel.alert.ChainHead;
import org.junit.jupiter.api.Test;

class AuditLogContractTest extends BackendContract {

    private AuditRecord record(AuditEvent event, long alertId, String details) {
        return new AuditRecord(event, alertId, clock.instant(), 1, "tester", details, "hash-" + details, 2, 0,
                "J. de Vries", "123456");
    }

    private AuditEntry append(AuditRecord r) {
        return backend.transactor().inTransaction("test", () -> backend.audit().append(r));
    }

    @Test
    void eachEntryChainsToThePreviousOne() {
        AuditEntry first = append(record(AuditEvent.SENT, 1, "{\"n\":1}"));
        AuditEntry second = append(record(AuditEvent.CLOSED, 1, "{\"n\":2}"));
        reopen();

        assertEquals(AuditHashing.GENESIS, first.prevHash());
        assertEquals(first.entryHash(), second.prevHash());
        assertEquals(Optional.of(new ChainHead(2, second.entryHash())), backend.audit().head());
        assertEquals(Optional.of(first.entryHash()), backend.audit().hashAt(1));
        assertTrue(backend.audit().hashAt(3).isEmpty());
        assertEquals(2, backend.audit().headForm());
        assertEquals(List.of(first, second), backend.audit().entriesAfter(0, 10));
        assertEquals(List.of(second), backend.audit().entriesAfter(1, 10));
        assertEquals(List.of(first), backend.audit().entriesAfter(0, 1));
    }

    @Test
    void anEmptyChainHasNoHeadAndFormZero() {
        assertTrue(backend.audit().head().isEmpty());
        assertEquals(0, backend.audit().headForm());
        assertTrue(backend.audit().entriesAfter(0, 10).isEmpty());
    }

    @Test
    void anEntryIsGoneWithTheTransactionThatFailed() {
        append(record(AuditEvent.SENT, 1, "{\"n\":1}"));

        assertThrows(IllegalStateException.class, () -> backend.transactor().inTransaction("test", () -> {
            backend.audit().append(record(AuditEvent.CLOSED, 1, "{\"n\":2}"));
            throw new IllegalStateException("the change it records failed");
        }));

        assertEquals(1, backend.audit().head().orElseThrow().seq());
    }

    @Test
    void entriesOfOneTransactionChainOnEachOtherAndNothingChainsOnAFailedOne() {
        List<AuditEntry> together = backend.transactor().inTransaction("test", () -> List.of(
                backend.audit().append(record(AuditEvent.SENT, 1, "{\"n\":1}")),
                backend.audit().append(record(AuditEvent.CLOSED, 1, "{\"n\":2}")),
                backend.audit().append(record(AuditEvent.SENT, 2, "{\"n\":3}"))));
        assertEquals(List.of(1L, 2L, 3L), together.stream().map(AuditEntry::seq).toList());
        assertEquals(together.get(0).entryHash(), together.get(1).prevHash());
        assertEquals(together.get(1).entryHash(), together.get(2).prevHash());

        assertThrows(IllegalStateException.class, () -> backend.transactor().inTransaction("test", () -> {
            backend.audit().append(record(AuditEvent.CLOSED, 2, "{\"n\":4}"));
            backend.audit().append(record(AuditEvent.SENT, 3, "{\"n\":5}"));
            throw new IllegalStateException("the change it records failed");
        }));
        AuditEntry after = append(record(AuditEvent.CLOSED, 2, "{\"n\":6}"));

        assertEquals(4, after.seq());
        assertEquals(together.get(2).entryHash(), after.prevHash());
        List<AuditEntry> all = new ArrayList<>(together);
        all.add(after);
        assertEquals(all, backend.audit().entriesAfter(0, 10));
    }

    @Test
    void entriesCannotBeChangedOrDeletedWhoeverWrites() {
        append(record(AuditEvent.SENT, 1, "{\"n\":1}"));

        assertThrows(SQLException.class, () -> rawExec("UPDATE audit_entry SET details = '{}' WHERE seq = 1"));
        assertThrows(SQLException.class, () -> rawExec("DELETE FROM audit_entry WHERE seq = 1"));
        assertEquals("{\"n\":1}", backend.audit().entriesAfter(0, 1).get(0).record().details());
    }

    @Test
    void sentAndClosedAlertsWithoutTheirEntryAreListed() {
        Actor jan = officer("J. de Vries", "123456");
        long chained = sent(Fixtures.heterdaad("Inbraak"), jan);
        append(record(AuditEvent.SENT, chained, "{}"));
        long unchained = sent(Fixtures.heterdaad("Overval"), jan);
        pending(Fixtures.heterdaad("Concept"), jan);

        assertEquals(List.of(new AuditLog.MissingEntry(unchained, AuditEvent.SENT)), backend.audit().missingEntries());
    }

    /** Ten desks (threads with their own transactions) appending at once leave one unbroken chain. */
    @Test
    void concurrentAppendsLeaveOneUnbrokenChain() throws Exception {
        int writers = 10;
        int each = 20;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int desk = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        append(record(AuditEvent.SENT, desk * 1000L + i, "{\"desk\":" + desk + "}"));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> chain = backend.audit().entriesAfter(0, writers * each + 1);
        assertEquals(writers * each, chain.size());
        String prev = AuditHashing.GENESIS;
        for (AuditEntry e : chain) {
            assertEquals(prev, e.prevHash(), "entry " + e.seq());
            assertEquals(AuditHashing.entryHash(e.seq(), e.record(), prev), e.entryHash(), "entry " + e.seq());
            prev = e.entryHash();
        }
    }
}

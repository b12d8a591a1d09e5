package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertAlreadyClosedException;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import org.junit.jupiter.api.Test;

/**
 * Two desks on one server act on the same alert at the same moment: one wins, the other is told who
 * closed it and when, and the chain records one closing.
 */
class TwoDesksConflictTest extends TwoDesks {

    private static final int ROUNDS = 8;

    @Test
    void bothCloseTheSameAlertAtOnceOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        Actor jan = Fixtures.officer(a, "J. de Vries", "123456");
        Actor piet = Fixtures.officer(b, "P. Jansen", "654321");
        int wonByA = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long id = a.alertService().recordPending(Fixtures.heterdaad("Inbraak " + round), jan);
            a.alertService().confirmSent(id, jan);
            CyclicBarrier together = new CyclicBarrier(2);
            Future<Alert> byA = desks.submit(() -> {
                together.await(5, TimeUnit.SECONDS);
                return a.alertService().closeWithReason(id, CloseCategory.LOOS_ALARM, "vals alarm (A)", jan);
            });
            Future<Alert> byB = desks.submit(() -> {
                together.await(5, TimeUnit.SECONDS);
                return b.alertService().closeWithReason(id, CloseCategory.ANDERS, "dubbel gemeld (B)", piet);
            });
            List<Throwable> refused = new ArrayList<>();
            List<Alert> closed = new ArrayList<>();
            for (Future<Alert> f : List.of(byA, byB)) {
                try {
                    closed.add(f.get(20, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    refused.add(e.getCause());
                }
            }
            assertEquals(1, closed.size(), "exactly one desk closes it, round " + round + ": " + refused);
            assertEquals(1, refused.size());
            AlertAlreadyClosedException told = assertInstanceOf(AlertAlreadyClosedException.class, refused.get(0),
                    "the other desk is told, not given a database error");
            Alert winner = closed.get(0);
            boolean aWon = winner.closure().reason().endsWith("(A)");
            wonByA += aWon ? 1 : 0;
            assertEquals((aWon ? jan : piet).officer().name(), told.closedBy().orElseThrow().name());
            assertEquals(winner.closure().at(), told.closure().at());
            assertEquals(AlertStatus.CLOSED, b.alertService().find(id).orElseThrow().status());
            assertEquals(winner.closure().reason(), a.alertService().find(id).orElseThrow().closure().reason(),
                    "the first closing stands on both desks");
        }
        assertTrue(a.verifier().verify(Optional.empty()).intact(), "one chain, appended by both desks");
        System.out.println("two desks closing at once: desk A won " + wonByA + " of " + ROUNDS);
    }
}

package nl.meldtafel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.groups.GroupInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two desks on one server save the same group, or the same response, from forms loaded with the same
 * version, at the same moment: one wins, the other is refused with who changed it and when, and the
 * chain records only the winner's change.
 */
class TwoDesksEditConflictTest extends TwoDesks {

    private static final int ROUNDS = 8;
    private Actor jan;
    private Actor piet;

    @BeforeEach
    void officers() {
        jan = Fixtures.officer(a, "J. de Vries", "123456");
        piet = Fixtures.officer(b, "P. de Boer", "654321");
    }

    @Test
    void bothSaveTheSameGroupAtOnceOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        long group = a.groupRegister().addGroup(new GroupInput("Beheerders Centrum", "Centrum", "Leiden", true, ""), null);
        int wonByA = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long seenByA = a.groupRegister().detail(group).version();
            long seenByB = b.groupRegister().detail(group).version();
            String nameA = "Centrum A" + round;
            String nameB = "Centrum B" + round;
            Race race = race(() -> {
                a.groupRegister().updateGroup(group, seenByA, new GroupInput(nameA, "Centrum", "Leiden", true, "A"), jan);
                return nameA;
            }, () -> {
                b.groupRegister().updateGroup(group, seenByB, new GroupInput(nameB, "Centrum", "Leiden", true, "B"), piet);
                return nameB;
            });

            boolean aWon = race.winner().equals(nameA);
            wonByA += aWon ? 1 : 0;
            assertEquals(race.winner(), b.groupRegister().detail(group).group().name(), "the winner's change stands on both desks");
            assertEquals(seenByA + 1, a.groupRegister().detail(group).version(), "one change, one version");
            assertEquals(ChangedMeanwhileException.Subject.GROUP, race.told().subject());
            assertEquals(Optional.of((aWon ? jan : piet).officer().name()), race.told().current().changedBy());
            assertEquals(a.groupRegister().detail(group).group().version().changedAt(), race.told().current().changedAt());
        }
        assertTrue(a.verifier().verify(Optional.empty()).intact(), "one chain, appended by both desks");
        System.out.println("two desks saving one group at once: desk A won " + wonByA + " of " + ROUNDS);
    }

    @Test
    void bothSaveTheSameResponseAtOnceOneWinsAndTheOtherIsToldWhoAndWhen() throws Exception {
        int wonByA = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long id = a.alertService().recordPending(Fixtures.heterdaad("Inbraak " + round), jan);
            a.alertService().confirmSent(id, jan);
            // even rounds race for the first response, odd rounds for the edit of one both desks see
            if (round % 2 == 1) {
                a.responses().record(id, 0, 1, 0, ResponseResult.GEEN, jan);
            }
            long seenByA = a.responses().state(id).version();
            long seenByB = b.responses().state(id).version();
            Race race = race(() -> a.responses().record(id, seenByA, 2, 0, ResponseResult.AANHOUDING, jan).recordedByName(),
                    () -> b.responses().record(id, seenByB, 0, 3, ResponseResult.ANDERS, piet).recordedByName());

            boolean aWon = race.winner().equals(jan.officer().name());
            wonByA += aWon ? 1 : 0;
            AlertResponse stands = b.responses().state(id).response().orElseThrow();
            assertEquals(aWon ? 2 : 0, stands.calls112(), "the winner's response stands");
            assertEquals(seenByA + 1, stands.version());
            assertEquals(ChangedMeanwhileException.Subject.RESPONSE, race.told().subject());
            assertEquals(Optional.of(race.winner()), race.told().current().changedBy());
            assertEquals(Optional.of(stands.recordedAt()), race.told().current().changedAt());
        }
        assertTrue(a.verifier().verify(Optional.empty()).intact(), "only the winners' responses are chained");
        System.out.println("two desks saving one response at once: desk A won " + wonByA + " of " + ROUNDS);
    }

    /** How a race ended: what the winner returned, and what the other desk was told. */
    private record Race(String winner, ChangedMeanwhileException told) {
    }

    private Race race(Callable<String> byA, Callable<String> byB) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<String>> both = new ArrayList<>();
        for (Callable<String> desk : List.of(byA, byB)) {
            both.add(desks.submit(() -> {
                together.await(5, TimeUnit.SECONDS);
                return desk.call();
            }));
        }
        List<String> won = new ArrayList<>();
        List<Throwable> refused = new ArrayList<>();
        for (Future<String> f : both) {
            try {
                won.add(f.get(20, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                refused.add(e.getCause());
            }
        }
        assertEquals(1, won.size(), "exactly one desk saves: " + refused);
        assertEquals(1, refused.size());
        return new Race(won.get(0), assertInstanceOf(ChangedMeanwhileException.class, refused.get(0),
                "the other desk is told, not given a database error"));
    }
}

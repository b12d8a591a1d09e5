package nl.meldtafel.alert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogChangeHubTest {

    private final LogChangeHub hub = new LogChangeHub();
    private final LogChange change = new LogChange(LogChange.Kind.POST, 7);

    @Test
    void aFailingListenerDoesNotKeepTheChangeFromTheOthers() {
        List<LogChange> heard = new ArrayList<>();
        hub.subscribe(c -> {
            throw new IllegalStateException("a screen failed");
        });
        hub.subscribe(heard::add);

        hub.publish(change);

        assertEquals(List.of(change), heard);
    }

    @Test
    void aClosedSubscriptionHearsNoMoreAndTheSameListenerTwiceIsTwoSubscriptions() {
        List<LogChange> heard = new ArrayList<>();
        LogChanges.Subscription first = hub.subscribe(heard::add);
        LogChanges.Subscription second = hub.subscribe(heard::add);

        first.close();
        first.close();
        hub.publish(change);
        second.close();
        hub.publish(change);

        assertEquals(List.of(change), heard);
    }
}

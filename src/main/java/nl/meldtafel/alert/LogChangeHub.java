package nl.meldtafel.alert;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Hands each change a backend hears to every listener; one failing listener does not stop the others. */
public final class LogChangeHub implements LogChanges {

    private static final Logger LOG = LoggerFactory.getLogger(LogChangeHub.class);

    private final List<Consumer<LogChange>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription subscribe(Consumer<LogChange> listener) {
        // a wrapper per subscription, so the same listener subscribed twice is removed once per close
        Consumer<LogChange> entry = listener::accept;
        listeners.add(entry);
        return () -> listeners.remove(entry);
    }

    /** Called by the backend's listener thread. */
    public void publish(LogChange change) {
        for (Consumer<LogChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                LOG.warn("A listener failed on a change of kind {}", change.kind(), e);
            }
        }
    }
}

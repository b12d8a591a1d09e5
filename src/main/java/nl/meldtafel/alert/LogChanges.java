package nl.meldtafel.alert;

import java.util.function.Consumer;

/**
 * What other desks change in a shared log, as it is committed. A desk never hears its own changes: it
 * shows those already. Listeners are called on the feed's own thread and must not block it.
 */
public interface LogChanges {

    /** Stops a listener; closing twice does nothing. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    Subscription subscribe(Consumer<LogChange> listener);

    /** The feed of a log only this desk writes (a SQLite file): it never fires. */
    static LogChanges none() {
        return listener -> () -> { };
    }
}

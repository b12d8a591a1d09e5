package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.TemplateDefinition;
import nl.meldtafel.alert.QueuedSendService;
import nl.meldtafel.store.DeskLog;
import nl.meldtafel.store.StorageException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Sending never waits for the database: while it is not open (integrity check, migrations), an alert
 * goes to the {@link SendQueue} (on disk before the clipboard is set) under a provisional negative id,
 * and {@link #replay} records the queue in order once the database is ready. While entries wait, new
 * alerts queue behind them, so the log keeps the order in which they were copied.
 */
public final class QueueingAlertSink implements AlertSink {

    private final AlertSink direct;
    private final DeskLog log;
    private final QueuedSendService replays;
    private final SendQueue queue;
    private volatile Runnable serverLost = () -> { };
    private final Clock clock;
    // provisional id -> the id the log gave it, for a "Ja" that comes after the replay
    private final Map<Long, Long> recorded = new ConcurrentHashMap<>();

    public QueueingAlertSink(AlertSink direct, DeskLog log, QueuedSendService replays, SendQueue queue, Clock clock) {
        this.direct = direct;
        this.log = log;
        this.replays = replays;
        this.queue = queue;
        this.clock = clock;
    }

    @Override
    public synchronized long recordPending(TemplateDefinition template, FieldValues values, String text, Long parentId,
                                           Officer officer, List<Long> groupIds) {
        // Not open yet, still replaying, or busy with a backup: queue rather than wait.
        if (log.isOpen() && queue.isEmpty() && !log.isBusy()) {
            try {
                return direct.recordPending(template, values, text, parentId, officer, groupIds);
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.UNREACHABLE) {
                    throw e;
                }
                // the server went away: the officer's text goes into the queue, as while the log opens
                serverLost.run();
            }
        }
        if (officer == null) {
            throw new IllegalStateException("No officer at the desk");
        }
        return queue.add(LogAlertSink.newAlert(template, values, text, parentId, groupIds), officer, clock.instant())
                .provisionalId();
    }

    /** Told when a record found the server gone, so the desk says so and tries again. */
    public void onServerLost(Runnable action) {
        this.serverLost = action;
    }

    @Override
    public synchronized void confirmSent(long id, Officer officer) {
        if (id >= 0) {
            try {
                direct.confirmSent(id, officer);
            } catch (StorageException e) {
                if (e.reason() != StorageException.Reason.UNREACHABLE) {
                    throw e;
                }
                // posted already: the confirmation is kept with its own time, as a closing is
                queue.addConfirmation(id, officer, clock.instant());
                serverLost.run();
            }
            return;
        }
        Long real = recorded.get(id);
        if (real != null) {
            direct.confirmSent(real, officer);
        } else if (!queue.confirm(id, officer, clock.instant())) {
            throw new IllegalStateException("No queued alert " + id);
        }
    }

    @Override
    public synchronized boolean confirmationWaits(long id) {
        return keptConfirmations(queue.items()).contains(id);
    }

    private static Set<Long> keptConfirmations(List<SendQueue.Item> items) {
        return items.stream().filter(SendQueue.Confirmation.class::isInstance)
                .map(i -> ((SendQueue.Confirmation) i).alertId()).collect(Collectors.toSet());
    }

    /** The log's unconfirmed alerts not confirmed on this PC meanwhile, then those still queued and not confirmed. */
    @Override
    public synchronized List<PendingAlert> unconfirmed() {
        List<PendingAlert> all = new ArrayList<>(direct.unconfirmed());
        // the queue is read from its file: once, not per alert
        List<SendQueue.Item> items = queue.items();
        Set<Long> kept = keptConfirmations(items);
        all.removeIf(p -> kept.contains(p.id()));
        for (SendQueue.Entry e : items.stream().filter(SendQueue.Entry.class::isInstance).map(SendQueue.Entry.class::cast).toList()) {
            if (e.confirmedBy() == null) {
                all.add(new PendingAlert(e.provisionalId(), e.alert().templateId(), LogAlertSink.title(e.alert().kind()),
                        e.alert().text(), e.queuedAt(), e.composer() == null ? "" : e.composer().name()));
            }
        }
        return all;
    }

    /** How many copied alerts, confirmations and closings wait to be recorded. */
    public synchronized int queued() {
        return queue.items().size();
    }

    /**
     * Keeps a closing the server could not take (on disk before this returns), to be recorded with the
     * queue once the server is back.
     */
    public synchronized void queueClosing(long alertId, CloseCategory category, String reason, Officer officer) {
        queue.addClosing(alertId, category, reason, officer, clock.instant());
    }

    public boolean hasQueued() {
        return !queue.isEmpty();
    }

    /**
     * Records every queued alert, confirmation and closing in the order the officer did them, with their own times, each
     * in one transaction with its key, so a replay cut off anywhere and run again records none twice; then
     * empties the queue. Call on the worker right after the database opened, before anything else records.
     * Returns how many copied alerts were recorded.
     */
    public synchronized int replay() {
        List<SendQueue.Item> items = queue.items();
        int alerts = 0;
        for (SendQueue.Item item : items) {
            if (item instanceof SendQueue.Entry e) {
                long id = replays.record(e.key(), e.alert(), e.composer(), e.queuedAt(), e.confirmedBy(), e.confirmedAt());
                recorded.put(e.provisionalId(), id);
                alerts++;
            } else if (item instanceof SendQueue.Confirmation c) {
                replays.recordConfirmation(c.key(), c.alertId(), c.officer(), c.at());
            } else if (item instanceof SendQueue.Closing c) {
                // false: another desk closed it meanwhile, and that closing stands
                replays.recordClosing(c.key(), c.alertId(), c.category(), c.reason(), c.officer(), c.at());
            }
        }
        if (!items.isEmpty()) {
            queue.clear();
        }
        return alerts;
    }
}

package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.TemplateDefinition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps alerts in memory until storage replaces it; thread-safe because the task runner calls it from
 * its worker thread while tests read it from theirs.
 */
public final class InMemoryAlertSink implements AlertSink {

    /** What was recorded, with whether it was confirmed. */
    public record Recorded(long id, String templateId, FieldValues values, String text, boolean confirmed) {
    }

    private final Clock clock;
    private final List<Recorded> alerts = new ArrayList<>();
    private final List<PendingAlert> pending = new ArrayList<>();

    public InMemoryAlertSink(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized long recordPending(TemplateDefinition template, FieldValues values, String text) {
        long id = alerts.size() + 1L;
        alerts.add(new Recorded(id, template.id(), values, text, false));
        pending.add(new PendingAlert(id, template.id(), template.title(), text, clock.instant()));
        return id;
    }

    @Override
    public synchronized void confirmSent(long id) {
        Recorded old = alerts.get((int) id - 1);
        alerts.set((int) id - 1, new Recorded(id, old.templateId(), old.values(), old.text(), true));
        pending.removeIf(p -> p.id() == id);
    }

    @Override
    public synchronized List<PendingAlert> unconfirmed() {
        return List.copyOf(pending);
    }

    public synchronized List<Recorded> recorded() {
        return List.copyOf(alerts);
    }
}

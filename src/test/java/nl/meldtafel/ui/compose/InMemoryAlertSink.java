package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.TemplateDefinition;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Keeps alerts in memory for view tests; thread-safe because a task runner may call it from its worker thread. */
public final class InMemoryAlertSink implements AlertSink {

    /** What was recorded, with whether it was confirmed. */
    public record Recorded(long id, String templateId, FieldValues values, String text, Long parentId, boolean confirmed) {
    }

    private final Clock clock;
    private final List<Recorded> alerts = new ArrayList<>();
    private final List<PendingAlert> pending = new ArrayList<>();

    public InMemoryAlertSink(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized long recordPending(TemplateDefinition template, FieldValues values, String text, Long parentId,
                                           Officer officer, List<Long> groupIds) {
        long id = alerts.size() + 1L;
        alerts.add(new Recorded(id, template.id(), values, text, parentId, false));
        pending.add(new PendingAlert(id, template.id(), template.title(), text, clock.instant(),
                officer == null ? "" : officer.name()));
        return id;
    }

    @Override
    public synchronized void confirmSent(long id, Officer officer) {
        Recorded old = alerts.get((int) id - 1);
        alerts.set((int) id - 1, new Recorded(id, old.templateId(), old.values(), old.text(), old.parentId(), true));
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

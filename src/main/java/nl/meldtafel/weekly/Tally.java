package nl.meldtafel.weekly;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.meldtafel.template.MessageKind;

/**
 * The counts an overview is written from, and nothing else: how many alerts of each kind were sent,
 * how many of each kind ended how, and how many still await their afloopbericht. It holds no value
 * of any alert, so the text written from it cannot leak one.
 */
public final class Tally {

    private final Map<MessageKind, Integer> sent = new EnumMap<>(MessageKind.class);
    private final Map<MessageKind, Map<Outcome, Integer>> outcomes = new EnumMap<>(MessageKind.class);
    private int open;

    public void addSent(MessageKind kind) {
        sent.merge(kind, 1, Integer::sum);
    }

    public void addOutcome(MessageKind kind, Outcome outcome) {
        outcomes.computeIfAbsent(kind, k -> new EnumMap<>(Outcome.class)).merge(outcome, 1, Integer::sum);
    }

    public void addOpen() {
        open++;
    }

    /** Sent alerts per kind, in the kinds' order. */
    public Map<MessageKind, Integer> sent() {
        return Collections.unmodifiableMap(sent);
    }

    public int totalSent() {
        return sent.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int outcome(MessageKind kind, Outcome outcome) {
        return outcomes.getOrDefault(kind, Map.of()).getOrDefault(outcome, 0);
    }

    public int open() {
        return open;
    }
}

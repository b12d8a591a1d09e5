package nl.meldtafel.retention;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import nl.meldtafel.template.MessageKind;

/**
 * How many days after an alert was closed its personal content is kept, per kind of the alert that
 * started the chain (an afloopbericht about a vermissing goes with the vermissing).
 */
public record RetentionPolicy(Map<MessageKind, Integer> days) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_VERMISSING_DAYS = 7;
    public static final int DEFAULT_DAYS = 28;

    public RetentionPolicy {
        EnumMap<MessageKind, Integer> all = new EnumMap<>(MessageKind.class);
        for (MessageKind kind : MessageKind.values()) {
            Integer d = days.get(kind);
            int value = d == null ? defaultDays(kind) : d;
            requireValid(kind, value);
            all.put(kind, value);
        }
        days = Collections.unmodifiableMap(all);
    }

    public static RetentionPolicy defaults() {
        return new RetentionPolicy(Map.of());
    }

    public static int defaultDays(MessageKind kind) {
        return kind == MessageKind.VERMISSING ? DEFAULT_VERMISSING_DAYS : DEFAULT_DAYS;
    }

    public static boolean isValid(int days) {
        return days >= MIN_DAYS && days <= MAX_DAYS;
    }

    private static void requireValid(MessageKind kind, int days) {
        if (!isValid(days)) {
            throw new IllegalArgumentException("Retention for " + kind.jsonName() + " must be " + MIN_DAYS + " to "
                    + MAX_DAYS + " days, not " + days);
        }
    }

    public int daysFor(MessageKind kind) {
        return days.get(kind);
    }

    public Duration periodFor(MessageKind kind) {
        return Duration.ofDays(daysFor(kind));
    }

    public RetentionPolicy with(MessageKind kind, int value) {
        EnumMap<MessageKind, Integer> changed = new EnumMap<>(days);
        changed.put(kind, value);
        return new RetentionPolicy(changed);
    }

    /** The longest period: a backup older than this can hold nothing that may still be kept. */
    public Duration longest() {
        return Duration.ofDays(days.values().stream().mapToInt(Integer::intValue).max().orElse(DEFAULT_DAYS));
    }

    /** The shortest period: how long an abandoned draft is kept. */
    public Duration shortest() {
        return Duration.ofDays(days.values().stream().mapToInt(Integer::intValue).min().orElse(DEFAULT_VERMISSING_DAYS));
    }
}

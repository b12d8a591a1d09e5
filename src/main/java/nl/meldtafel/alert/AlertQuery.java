package nl.meldtafel.alert;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.meldtafel.template.MessageKind;

/**
 * Filters for the log, newest first. Empty sets and nulls mean "any". {@code from} is inclusive,
 * {@code to} exclusive; {@code text} is what the officer typed in the search field. {@code gemeente}
 * and {@code wijken} select alerts sent to a beheerdersgroep of that gemeente and/or one of those wijken; {@code ids}, when
 * not null, keeps only those alerts.
 */
public record AlertQuery(Set<MessageKind> kinds, Set<AlertStatus> statuses, Long officerId, Instant from,
                         Instant to, Long groupId, String gemeente, Set<String> wijken, String text, LogCursor after, int limit,
                         Set<Long> ids) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public AlertQuery {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
        TextChecks.requireWellFormed("search text", text);
        gemeente = gemeente == null || gemeente.isBlank() ? null : gemeente.strip();
        wijken = wijken == null ? Set.of() : wijken.stream().filter(w -> w != null && !w.isBlank()).map(String::strip)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        ids = ids == null ? null : Set.copyOf(ids);
    }

    public static AlertQuery all() {
        return new AlertQuery(Set.of(), Set.of(), null, null, null, null, null, Set.of(), null, null, DEFAULT_LIMIT, null);
    }

    public Optional<String> searchText() {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    public AlertQuery kinds(MessageKind... k) {
        return new AlertQuery(Set.of(k), statuses, officerId, from, to, groupId, gemeente, wijken, text, after, limit, ids);
    }

    public AlertQuery statuses(AlertStatus... s) {
        return new AlertQuery(kinds, Set.of(s), officerId, from, to, groupId, gemeente, wijken, text, after, limit, ids);
    }

    public AlertQuery officer(Long id) {
        return new AlertQuery(kinds, statuses, id, from, to, groupId, gemeente, wijken, text, after, limit, ids);
    }

    public AlertQuery period(Instant fromInclusive, Instant toExclusive) {
        return new AlertQuery(kinds, statuses, officerId, fromInclusive, toExclusive, groupId, gemeente, wijken, text, after, limit, ids);
    }

    public AlertQuery group(Long id) {
        return new AlertQuery(kinds, statuses, officerId, from, to, id, gemeente, wijken, text, after, limit, ids);
    }

    /** Alerts sent to a group of this wijk; {@code gemeente} null for that wijk name in any gemeente. */
    public AlertQuery wijk(String inGemeente, String wijkName) {
        return wijken(inGemeente, Set.of(wijkName));
    }

    /** Alerts sent to a group of any of these wijken (a wijkagent's own); {@code gemeente} null for any gemeente. */
    public AlertQuery wijken(String inGemeente, java.util.Collection<String> names) {
        return new AlertQuery(kinds, statuses, officerId, from, to, groupId, inGemeente, new java.util.HashSet<>(names), text, after, limit, ids);
    }

    /** Alerts sent to a group of this gemeente. */
    public AlertQuery gemeente(String name) {
        return new AlertQuery(kinds, statuses, officerId, from, to, groupId, name, Set.of(), text, after, limit, ids);
    }

    public AlertQuery text(String search) {
        return new AlertQuery(kinds, statuses, officerId, from, to, groupId, gemeente, wijken, search, after, limit, ids);
    }

    public AlertQuery after(LogCursor cursor) {
        return new AlertQuery(kinds, statuses, officerId, from, to, groupId, gemeente, wijken, text, cursor, limit, ids);
    }

    /** Exactly these alerts (e.g. the ones behind a figure of the Overzicht); null for any. */
    public AlertQuery ids(Set<Long> only) {
        return new AlertQuery(kinds, statuses, officerId, from, to, groupId, gemeente, wijken, text, after, limit, only);
    }

    public AlertQuery limit(int n) {
        return new AlertQuery(kinds, statuses, officerId, from, to, groupId, gemeente, wijken, text, after, n, ids);
    }
}

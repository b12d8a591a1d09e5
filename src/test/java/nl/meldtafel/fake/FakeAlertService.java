package nl.meldtafel.fake;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Alert;
import nl.meldtafel.alert.AlertChain;
import nl.meldtafel.alert.AlertLifeRules;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertStatus;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.Closure;
import nl.meldtafel.alert.FollowUpRules;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.Summary;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.template.MessageKind;

/**
 * The alert's life in memory, for testing a view alone. Due times come from {@link FollowUpRules} as in
 * the stored service; {@link AlertServiceContractTest} keeps the two alike. Nothing is audited.
 */
public final class FakeAlertService implements AlertService {

    private static final Comparator<AlertRow> NEWEST_FIRST =
            Comparator.comparing(AlertRow::logTime).thenComparingLong(AlertRow::id).reversed();

    private final FollowUpRules rules;
    private final Map<Long, Alert> alerts = new TreeMap<>();
    private long nextId = 1;
    private Function<Long, Optional<GroupRef>> groups;

    // who closed an alert, for the refusal that names them; FakeServices gives it the fake register
    private LongFunction<Optional<Officer>> officers = id -> Optional.empty();

    /** The officer as the register beside this service knows them. */
    public synchronized Optional<Officer> officer(long id) {
        return officers.apply(id);
    }

    /** Names the officers in "already closed by ..." refusals from {@code register}. */
    public synchronized void useOfficers(LongFunction<Optional<Officer>> register) {
        this.officers = register;
    }

    public FakeAlertService(Clock clock) {
        this.rules = new FollowUpRules(clock);
    }

    /** Where the gemeente and wijk filters of {@link #search} look groups up (the register beside it). */
    public void placeGroupsWith(Function<Long, Optional<GroupRef>> lookup) {
        this.groups = lookup;
    }

    /** Whether any alert, sent or pending, was addressed to the group: such a group is never deleted. */
    public boolean addressed(long groupId) {
        return alerts.values().stream().anyMatch(a -> a.groupIds().contains(groupId));
    }

    /** Every alert, by id: for the fakes beside this one. */
    synchronized List<Alert> all() {
        return List.copyOf(alerts.values());
    }

    @Override
    public synchronized long recordPending(NewAlert alert, Actor composer) {
        if (alert.parentId() != null) {
            Alert parent = require(alert.parentId());
            if (alert.kind().closesParent()) {
                AlertLifeRules.refuseIfClosed(parent, officers);
            }
            AlertLifeRules.requireCanFollowUp(parent, alert);
        }
        return insert(alert, composer, rules.now());
    }

    @Override
    public synchronized long recordLate(NewAlert alert, Actor composer, Instant copiedAt) {
        if (alert.parentId() != null) {
            AlertLifeRules.requireConfirmed(require(alert.parentId()));
        }
        return insert(alert, composer, copiedAt);
    }

    private long insert(NewAlert alert, Actor composer, Instant createdAt) {
        long id = nextId++;
        alerts.put(id, new Alert(id, alert.kind(), alert.templateId(), alert.templateHash(), alert.valuesJson(),
                alert.text(), composer.officer(), composer.osAccount(), createdAt, null, AlertStatus.PENDING,
                alert.followUp(), null, null, alert.parentId(), alert.groupIds(), null, null));
        return id;
    }

    @Override
    public synchronized Alert confirmSent(long id, Actor actor) {
        return confirmSent(id, require(id).groupIds(), actor);
    }

    @Override
    public synchronized Alert confirmLate(long id, Actor actor, Instant postedAt) {
        return confirm(id, require(id).groupIds(), actor, postedAt);
    }

    @Override
    public synchronized Alert confirmSent(long id, List<Long> postedGroupIds, Actor actor) {
        return confirm(id, postedGroupIds, actor, rules.now());
    }

    private Alert confirm(long id, List<Long> postedGroupIds, Actor actor, Instant sentAt) {
        Alert a = require(id);
        if (a.status() != AlertStatus.PENDING) {
            return a;
        }
        Alert sent = put(new Alert(id, a.kind(), a.templateId(), a.templateHash(), a.valuesJson(), a.text(), a.officer(),
                a.osAccount(), a.createdAt(), sentAt, AlertStatus.SENT, a.followUp(),
                rules.firstDue(sentAt, a.followUp()).orElse(null), null, a.parentId(),
                postedGroupIds, null, null));
        if (sent.parentId() != null) {
            Alert parent = require(sent.parentId());
            if (sent.kind().closesParent()) {
                if (parent.status() == AlertStatus.SENT) {
                    close(parent, AlertLifeRules.closedBy(sent, parent, actor));
                }
            } else if (parent.isOpen()) {
                put(withDue(parent, rules.dueAfterUpdate(sentAt, parent.followUp()), parent.snooze()));
            }
        }
        return require(id);
    }

    @Override
    public synchronized Alert closeWithReason(long id, CloseCategory category, String reason, Actor actor) {
        return closeLate(id, category, reason, actor, rules.now());
    }

    @Override
    public synchronized Alert closeLate(long id, CloseCategory category, String reason, Actor actor, Instant closedAt) {
        AlertLifeRules.requireCategoryAndReason(category, reason);
        Alert a = require(id);
        AlertLifeRules.refuseIfClosed(a, officers);
        AlertLifeRules.requireClosable(a);
        return close(a, new Closure(closedAt, null, reason.strip(), actor.officer().id(), actor.osAccount(), null, category));
    }

    private Alert close(Alert a, Closure closure) {
        return put(new Alert(a.id(), a.kind(), a.templateId(), a.templateHash(), a.valuesJson(), a.text(), a.officer(),
                a.osAccount(), a.createdAt(), a.sentAt(), AlertStatus.CLOSED, a.followUp(), null, a.snooze(), a.parentId(),
                a.groupIds(), closure, a.redactedAt()));
    }

    @Override
    public synchronized Alert snooze(long id, Instant dueSeen, Actor actor) {
        Alert a = require(id);
        AlertLifeRules.refuseIfClosed(a, officers);
        AlertLifeRules.refuseIfPutOffMeanwhile(a, dueSeen, officers);
        if (!a.isOpen()) {
            throw new IllegalStateException("Alert " + id + " is not awaiting a follow-up");
        }
        return put(withDue(a, rules.snoozedUntil(a.followUp()), new Alert.Snooze(rules.now(), actor.officer().id())));
    }

    private static Alert withDue(Alert a, Instant due, Alert.Snooze snooze) {
        return new Alert(a.id(), a.kind(), a.templateId(), a.templateHash(), a.valuesJson(), a.text(), a.officer(),
                a.osAccount(), a.createdAt(), a.sentAt(), a.status(), a.followUp(), due, snooze, a.parentId(),
                a.groupIds(), a.closure(), a.redactedAt());
    }

    @Override
    public synchronized void discardPending(long id, Actor actor) {
        if (require(id).status() != AlertStatus.PENDING) {
            throw new IllegalStateException("Alert " + id + " was sent and stays in the log");
        }
        alerts.remove(id);
    }

    @Override
    public synchronized List<AlertRow> unconfirmed() {
        return rows(a -> a.status() == AlertStatus.PENDING, Comparator.comparing(AlertRow::createdAt)
                .thenComparingLong(AlertRow::id));
    }

    @Override
    public List<AlertRow> open(MessageKind kind) {
        return openDueBefore(null, kind);
    }

    @Override
    public List<AlertRow> overdue(MessageKind kind) {
        return openDueBefore(rules.now().plusMillis(1), kind);
    }

    @Override
    public List<AlertRow> dueWithin(Duration window, MessageKind kind) {
        Instant now = rules.now();
        List<AlertRow> rows = new ArrayList<>(openDueBefore(now.plus(window).plusMillis(1), kind));
        rows.removeIf(r -> !r.dueAt().isAfter(now));
        return rows;
    }

    private synchronized List<AlertRow> openDueBefore(Instant before, MessageKind kind) {
        return rows(a -> a.isOpen() && (before == null || a.dueAt() != null && a.dueAt().isBefore(before))
                        && (kind == null || a.kind() == kind),
                Comparator.comparing(AlertRow::dueAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(AlertRow::id));
    }

    @Override
    public synchronized Optional<Alert> find(long id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public synchronized Optional<AlertStatus> status(long id) {
        return find(id).map(Alert::status);
    }

    @Override
    public synchronized Page<AlertRow> search(AlertQuery q) {
        List<AlertRow> matching = rows(a -> matches(a, q), NEWEST_FIRST);
        if (q.after() != null) {
            matching.removeIf(r -> NEWEST_FIRST.compare(r, new AlertRow(q.after().id(), q.after().time(), q.after().time(),
                    null, null, null, null, null, null, null)) <= 0);
        }
        List<AlertRow> page = matching.subList(0, Math.min(q.limit(), matching.size()));
        return new Page<>(page, matching.size() > q.limit() ? Optional.of(page.get(page.size() - 1).cursor()) : Optional.empty());
    }

    private boolean matches(Alert a, AlertQuery q) {
        Instant logTime = a.sentAt() != null ? a.sentAt() : a.createdAt();
        return (q.kinds().isEmpty() || q.kinds().contains(a.kind()))
                && (q.statuses().isEmpty() || q.statuses().contains(a.status()))
                && (q.officerId() == null || q.officerId() == a.officer().id())
                && (q.from() == null || !logTime.isBefore(q.from()))
                && (q.to() == null || logTime.isBefore(q.to()))
                && (q.groupId() == null || a.groupIds().contains(q.groupId()))
                && (q.ids() == null || q.ids().contains(a.id()))
                && inArea(a, q.gemeente(), q.wijken())
                && q.searchText().map(typed -> containsEveryWord(a.text(), typed)).orElse(true);
    }

    private boolean inArea(Alert a, String gemeente, java.util.Set<String> wijken) {
        if (gemeente == null && wijken.isEmpty()) {
            return true;
        }
        if (groups == null) {
            throw new IllegalStateException("FakeAlertService filters on gemeente or wijk only after placeGroupsWith(...)");
        }
        return a.groupIds().stream().map(groups).flatMap(Optional::stream).anyMatch(g ->
                (gemeente == null || g.gemeente().equalsIgnoreCase(gemeente)) && (wijken.isEmpty() || wijken.stream().anyMatch(g.wijk()::equalsIgnoreCase)));
    }

    /**
     * The log's search rule: a typed word of three or more characters occurs anywhere, a shorter one
     * starts a word; case and accents do not count, punctuation around a word is ignored.
     */
    static boolean containsEveryWord(String text, String typed) {
        if (text == null) {
            return false; // redacted: the words are gone
        }
        String haystack = fold(text);
        for (String word : typed.strip().split("\\s+")) {
            String part = fold(word).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (part.isEmpty()) {
                continue;
            }
            boolean found = part.codePointCount(0, part.length()) >= 3 ? haystack.contains(part)
                    : haystack.matches("(?s).*(^|[^\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(part) + ".*");
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    @Override
    public synchronized AlertChain chainOf(long id) {
        Alert original = require(id);
        while (original.parentId() != null) {
            original = require(original.parentId());
        }
        long originalId = original.id();
        return AlertLifeRules.chain(original, alerts.values().stream().filter(c -> c.parentId() != null && c.parentId() == originalId)
                .sorted(Comparator.comparing(Alert::createdAt).thenComparingLong(Alert::id)).toList());
    }

    private List<AlertRow> rows(Predicate<Alert> which, Comparator<AlertRow> order) {
        return alerts.values().stream().filter(which).map(FakeAlertService::row).sorted(order)
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    private static AlertRow row(Alert a) {
        return new AlertRow(a.id(), a.createdAt(), a.sentAt(), a.kind(), Summary.of(a.text()), a.officer().name(),
                a.status(), a.dueAt(), a.closing().map(Closure::at).orElse(null), a.followUp().repeat());
    }

    private Alert put(Alert a) {
        alerts.put(a.id(), a);
        return a;
    }

    private Alert require(long id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("There is no alert " + id));
    }
}

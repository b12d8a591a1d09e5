package nl.meldtafel.stats;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.meldtafel.alert.AlertResponse;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.template.MessageKind;

/**
 * Turns the facts of a period into an {@link Overview}. Pure: the same facts and {@code now} always
 * give the same figures, so it is tested with tables of alerts.
 */
public final class OverviewCalculator {

    /** Edges of the time-to-follow-up distribution: under 15 min, 15-30, 30-60 min, 1-2 h, 2-4 h, 4-24 h, a day or more. */
    public static final List<Duration> BUCKET_EDGES = List.of(Duration.ZERO, Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4), Duration.ofDays(1));

    public Overview compute(List<AlertFact> all, Period period, Instant now) {
        List<AlertFact> facts = all.stream().filter(f -> period.contains(f.sentAt()))
                .sorted(Comparator.comparing(AlertFact::sentAt).thenComparingLong(AlertFact::id)).toList();
        return new Overview(period, now, figure(facts, f -> true), perKind(facts), rate(facts),
                Percentiles.nearestRank(times(facts), 50), Percentiles.nearestRank(times(facts), 90),
                figure(facts, AlertFact::isOpen), figure(facts, f -> f.overdueAt(now)),
                figure(facts, AlertFact::closedWithoutMessage), reasons(facts),
                breakdown(facts, f -> List.of(new Key(f.officerName(), "", f.officerId()))),
                breakdown(facts, OverviewCalculator::wijken),
                breakdown(facts, OverviewCalculator::groups),
                weeks(facts, period), buckets(facts), responses(facts));
    }

    private static Figure figure(List<AlertFact> facts, Predicate<AlertFact> which) {
        return new Figure(facts.stream().filter(which).map(AlertFact::id).toList());
    }

    private static Map<MessageKind, Figure> perKind(List<AlertFact> facts) {
        Map<MessageKind, Figure> kinds = new EnumMap<>(MessageKind.class);
        for (MessageKind k : MessageKind.values()) {
            Figure f = figure(facts, a -> a.kind() == k);
            if (!f.isEmpty()) {
                kinds.put(k, f);
            }
        }
        return kinds;
    }

    private static Rate rate(List<AlertFact> facts) {
        return new Rate(figure(facts, f -> f.needsFollowUp() && f.followedUp()), figure(facts, AlertFact::needsFollowUp));
    }

    private static List<Duration> times(List<AlertFact> facts) {
        return facts.stream().map(AlertFact::timeToFollowUp).flatMap(Optional::stream).sorted().toList();
    }

    /** Grouped by category, never by the typed text: it is removed after the retention period. */
    private static List<Overview.Reason> reasons(List<AlertFact> facts) {
        Map<CloseCategory, List<AlertFact>> byCategory = new EnumMap<>(CloseCategory.class);
        for (AlertFact f : facts) {
            if (f.closedWithoutMessage()) {
                // closings from before categories were kept count as "anders", as the upgrade files them
                CloseCategory c = f.closeCategory() == null ? CloseCategory.ANDERS : f.closeCategory();
                byCategory.computeIfAbsent(c, k -> new ArrayList<>()).add(f);
            }
        }
        List<Overview.Reason> reasons = new ArrayList<>();
        byCategory.forEach((c, list) -> reasons.add(new Overview.Reason(c, ids(list))));
        reasons.sort(Comparator.comparing((Overview.Reason r) -> -r.alerts().count())
                .thenComparing(Overview.Reason::category));
        return reasons;
    }

    /** What a breakdown row groups by; {@code id} tells apart two officers with the same name. */
    private record Key(String name, String context, long id) {
    }

    private static List<Key> wijken(AlertFact f) {
        Set<Key> keys = new LinkedHashSet<>();
        for (GroupArea g : f.groups()) {
            keys.add(new Key(g.wijk(), g.gemeente(), 0));
        }
        return List.copyOf(keys);
    }

    private static List<Key> groups(AlertFact f) {
        return f.groups().stream().map(g -> new Key(g.name(), context(g), g.groupId())).toList();
    }

    private static String context(GroupArea g) {
        return g.wijk().isEmpty() ? g.gemeente() : g.gemeente().isEmpty() ? g.wijk() : g.wijk() + ", " + g.gemeente();
    }

    /** Rows sorted by most alerts first, then by name; an alert counts once in each row it belongs to. */
    private static List<Overview.Breakdown> breakdown(List<AlertFact> facts, Function<AlertFact, List<Key>> keys) {
        Map<Key, List<AlertFact>> rows = new LinkedHashMap<>();
        for (AlertFact f : facts) {
            for (Key k : keys.apply(f)) {
                rows.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
            }
        }
        List<Overview.Breakdown> out = new ArrayList<>();
        rows.forEach((k, list) -> out.add(new Overview.Breakdown(k.name(), k.context(), ids(list), rate(list),
                Percentiles.nearestRank(times(list), 50))));
        out.sort(Comparator.comparing((Overview.Breakdown b) -> -b.sent().count())
                .thenComparing(Overview.Breakdown::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Overview.Breakdown::context, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    private static List<Overview.Week> weeks(List<AlertFact> facts, Period period) {
        Map<LocalDate, List<AlertFact>> byWeek = new TreeMap<>();
        for (LocalDate monday : period.weekStarts()) {
            byWeek.put(monday, new ArrayList<>());
        }
        for (AlertFact f : facts) {
            LocalDate day = LocalDate.ofInstant(f.sentAt(), period.zone());
            byWeek.get(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))).add(f);
        }
        List<Overview.Week> weeks = new ArrayList<>();
        byWeek.forEach((monday, list) -> weeks.add(new Overview.Week(monday, Period.weekNumber(monday), perKind(list), rate(list))));
        return weeks;
    }

    private static List<Overview.Bucket> buckets(List<AlertFact> facts) {
        List<Overview.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < BUCKET_EDGES.size(); i++) {
            Duration from = BUCKET_EDGES.get(i);
            Duration to = i + 1 < BUCKET_EDGES.size() ? BUCKET_EDGES.get(i + 1) : null;
            buckets.add(new Overview.Bucket(from, to, figure(facts, f -> f.timeToFollowUp()
                    .map(t -> t.compareTo(from) >= 0 && (to == null || t.compareTo(to) < 0)).orElse(false))));
        }
        return buckets;
    }

    private static Overview.Responses responses(List<AlertFact> facts) {
        long calls112 = 0;
        long calls0900 = 0;
        for (AlertFact f : facts) {
            if (f.response() != null) {
                calls112 += f.response().calls112();
                calls0900 += f.response().calls0900();
            }
        }
        Map<ResponseResult, Figure> perResult = new EnumMap<>(ResponseResult.class);
        for (ResponseResult r : ResponseResult.values()) {
            Figure fig = figure(facts, f -> f.response() != null && f.response().result() == r);
            if (!fig.isEmpty()) {
                perResult.put(r, fig);
            }
        }
        return new Overview.Responses(figure(facts, f -> f.response() != null),
                figure(facts, f -> f.response() != null && f.response().calls() > 0), calls112, calls0900,
                figure(facts, f -> responded(f.response())), perResult);
    }

    private static boolean responded(AlertResponse r) {
        return r != null && r.result().contributed();
    }

    private static Figure ids(List<AlertFact> facts) {
        return new Figure(facts.stream().map(AlertFact::id).toList());
    }
}

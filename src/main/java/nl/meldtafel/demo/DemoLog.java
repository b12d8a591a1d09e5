package nl.meldtafel.demo;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.Supplier;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.CloseCategory;
import nl.meldtafel.alert.NewAlert;
import nl.meldtafel.alert.ResponseResult;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.message.MessageRenderer;
import nl.meldtafel.message.RenderResult;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.FollowUpPolicy;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.template.TemplateCatalog;
import nl.meldtafel.template.TemplateDefinition;

/**
 * Fills an empty log with a year of realistic alerts through the real services, so the data (texts,
 * values, template hashes, audit chain) is exactly what the desk would have written. Alerts come in
 * stories: an original, sometimes updates (vervolgberichten), and for heterdaad and vermissing an
 * afloopbericht or a closing with a reason. The last few stay open or unconfirmed. Seeded.
 */
public final class DemoLog {

    /** Service calls per transaction: large enough that commits cost little, small enough for progress. */
    static final int BATCH = 5000;
    private static final Duration YEAR = Duration.ofDays(365);
    /** Main stories start before this, so all their follow-ups happen before "now". */
    private static final Duration TAIL = Duration.ofHours(12);
    /** The final alerts: open (due soon or overdue), the very last ones unconfirmed. */
    private static final int OPEN_AT_END = 3;
    private static final int UNCONFIRMED_AT_END = 2;
    /**
     * Stories planned, and their originals rendered, ahead. 256 instead of 16 measured no different by itself
     * (the writing thread waited on renders as long); what cut the waiting is in {@link RenderAhead}.
     */
    private static final int LOOKAHEAD = 256;
    /** Minutes before "now" of the final five alerts, the last first. */
    private static final int[] TAIL_MINUTES = {10, 40, 150, 300, 420};
    private static final String[][] OFFICERS = {
            {"J. de Vries", "100231"}, {"M. Bakker", "100417"}, {"S. El Idrissi", "100588"}, {"P. Jansen", "100742"},
            {"R. van den Berg", "100913"}, {"A. Visser", "101065"}, {"K. Smit", "101230"}, {"N. Mulder", "101377"},
            {"T. de Groot", "101509"}, {"L. Bos", "101688"}, {"H. Yilmaz", "101804"}, {"E. Dekker", "101952"}};
    private static final List<String> SKIP_REASONS = List.of("Teamtelefoon is geen lid meer van deze groep",
            "Groep opgeheven, beheerders zitten nu in de groep van de buurwijk");
    private record CloseReason(CloseCategory category, String text) {
    }

    private static final List<CloseReason> CLOSE_REASONS = List.of(
            new CloseReason(CloseCategory.LOOS_ALARM, "Loos alarm, geen strafbaar feit"),
            new CloseReason(CloseCategory.OPGELOST, "Afgehandeld via Burgernet"),
            new CloseReason(CloseCategory.OPGELOST, "Persoon op andere wijze terecht"),
            new CloseReason(CloseCategory.ANDERS, "Zaak overgedragen aan de recherche"),
            new CloseReason(CloseCategory.DUBBEL, "Dubbel bericht, afloop bij het eerste bericht"));

    private final Storage storage;
    private final AlertService service;
    private final DemoClock clock;
    private final Random random;
    // its own sequence, so recording responses leaves the rest of the demo exactly as it was
    private final Random responses;
    private final long seed;
    private long renders;
    private final PrintStream progress;
    private final Map<MessageKind, TemplateDefinition> templates = new EnumMap<>(MessageKind.class);
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final Map<MessageKind, Long> perKind = new EnumMap<>(MessageKind.class);
    private final List<Actor> officers = new ArrayList<>();
    /** Active beheerdersgroepen per gemeente, in register order. */
    private final List<List<Long>> groupsByGemeente = new ArrayList<>();
    private final PasteChecklist checklist;
    /** Texts are rendered on a second core while this thread writes the log. */
    private final RenderAhead<Rendered> renderer = new RenderAhead<>();
    private long eventOrder;
    private long created;
    private long closedWithReason;

    private record Event(Instant at, long order, Runnable action) implements Comparable<Event> {
        @Override
        public int compareTo(Event o) {
            int c = at.compareTo(o.at);
            return c != 0 ? c : Long.compare(order, o.order);
        }
    }

    private enum Ending { AFLOOP, REASON, OPEN, UNCONFIRMED }

    private static final class Story {
        TemplateDefinition template;
        Actor officer;
        List<Long> groups;
        /** Groups at the end of the list never ticked off, so Opvolging shows "nog niet geplaatst". */
        int leftOpen;
        int updates;
        Ending ending;
        boolean lateConfirm;
        long id;
        Instant start;
        Supplier<Rendered> original;

        int alerts() {
            return 1 + updates + (ending == Ending.AFLOOP ? 1 : 0);
        }
    }

    /** What was written. */
    public record Result(long alerts, Map<MessageKind, Long> perKind, long open, long unconfirmed,
                         long closedWithReason, Duration took) {
    }

    /**
     * @param storage opened with {@code clock}, on an empty log
     * @param clock   moved to each alert's moment while loading
     */
    public DemoLog(Storage storage, TemplateCatalog catalog, DemoClock clock, long seed, PrintStream progress) {
        this.storage = storage;
        this.service = storage.alertService();
        this.checklist = storage.pasteChecklist();
        this.clock = clock;
        this.random = new Random(seed);
        this.responses = new Random(seed * 31 + 7);
        this.seed = seed;
        this.progress = progress;
        for (MessageKind kind : List.of(MessageKind.HETERDAAD, MessageKind.VERMISSING, MessageKind.AFLOOPBERICHT,
                MessageKind.GETUIGENOPROEP, MessageKind.WAARSCHUWING)) {
            templates.put(kind, catalog.templates().stream().filter(t -> t.kind() == kind).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no template of kind " + kind.jsonName())));
        }
    }

    /** Writes exactly {@code count} alerts, the last of them shortly before {@code end}. */
    public Result load(long count, Instant end) {
        long started = System.nanoTime();
        try {
            Duration writing = storage.withIndexesBuiltAfter(() -> loadAll(count, end));
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            progress.printf("demo: indexes built in %d s%n", took.minus(writing).toSeconds());
            // the lists' indexes are back only now
            return new Result(created, Map.copyOf(perKind), service.open(null).size(), service.unconfirmed().size(),
                    closedWithReason, took);
        } finally {
            renderer.close();
        }
    }

    /** How long writing the alerts took. */
    private Duration loadAll(long count, Instant end) {
        long started = System.nanoTime();
        Instant begin = end.minus(YEAR);
        clock.set(begin);
        storage.inOneTransaction("Could not set up demo officers and groups", () -> {
            for (String[] o : OFFICERS) {
                String account = o[0].replaceAll("[^A-Za-z]", "").toLowerCase(java.util.Locale.ROOT);
                officers.add(new Actor(storage.officers().register(o[0], o[1]), account));
            }
            GroupDemoData.fill(storage.groupRegister(), seed);
            Map<String, List<Long>> byGemeente = new LinkedHashMap<>();
            for (GroupRef g : storage.targeting().options().groups()) {
                byGemeente.computeIfAbsent(g.gemeente(), k -> new ArrayList<>()).add(g.id());
            }
            groupsByGemeente.addAll(byGemeente.values());
            return null;
        });
        Planner planner = new Planner(count, begin, end);
        long lastReport = System.nanoTime();
        while (planner.hasMore() || !events.isEmpty()) {
            storage.inOneTransaction("Could not save demo alerts", () -> {
                for (int i = 0; i < BATCH && (planner.hasMore() || !events.isEmpty()); i++) {
                    if (planner.hasMore() && (events.isEmpty() || !events.peek().at().isBefore(planner.nextStart()))) {
                        planner.startNext();
                    } else {
                        Event e = events.poll();
                        clock.set(notBeforeLast(e.at()));
                        e.action().run();
                    }
                }
                return null;
            });
            if (System.nanoTime() - lastReport > 3_000_000_000L) {
                lastReport = System.nanoTime();
                progress.printf("demo: %,d of %,d alerts (%d%%), %d s%n", created, count, created * 100 / Math.max(1, count),
                        Duration.ofNanos(lastReport - started).toSeconds());
            }
        }
        clock.set(end);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        progress.printf("demo: %,d alerts written in %d s%n", created, took.toSeconds());
        return took;
    }

    /** Decides the stories in order, spreading their starts over the year by the alerts they use. */
    private final class Planner {
        private final long count;
        private final Instant begin;
        private final Instant end;
        private final long spanMs;
        private final ArrayDeque<Story> ahead = new ArrayDeque<>();
        private long planned;

        Planner(long count, Instant begin, Instant end) {
            this.count = count;
            this.begin = begin;
            this.end = end;
            this.spanMs = YEAR.minus(TAIL).toMillis();
            planAhead();
        }

        boolean hasMore() {
            return !ahead.isEmpty();
        }

        Instant nextStart() {
            return ahead.peek().start;
        }

        void startNext() {
            Story s = ahead.poll();
            planAhead();
            Instant at = notBeforeLast(s.start);
            clock.set(at);
            original(s, at);
        }

        /** A few stories ahead, so the next start time is known. */
        private void planAhead() {
            while (ahead.size() < LOOKAHEAD && planned < count) {
                ahead.add(plan(count - planned));
            }
        }

        private Story plan(long remaining) {
            Story s = new Story();
            s.officer = officers.get(random.nextInt(officers.size()));
            s.groups = pickGroups();
            if (remaining <= OPEN_AT_END + UNCONFIRMED_AT_END) {
                // the end of the log: open alerts (two overdue, one due soon) and two unconfirmed ones
                int i = (int) remaining - 1;
                s.template = templates.get(remaining == 4 ? MessageKind.VERMISSING : MessageKind.HETERDAAD);
                s.ending = remaining == 1 || remaining == 3 ? Ending.UNCONFIRMED : Ending.OPEN;
                s.start = end.minus(Duration.ofMinutes(TAIL_MINUTES[i]));
                if (remaining == 2 && !groupsByGemeente.isEmpty()) {
                    // a heterdaad posted in two of its three groups: the third waits in Opvolging
                    List<Long> gemeente = groupsByGemeente.get(0);
                    s.groups = gemeente.subList(0, Math.min(3, gemeente.size()));
                    s.leftOpen = s.groups.size() > 1 ? 1 : 0;
                }
            } else {
                plainStory(s, remaining - OPEN_AT_END - UNCONFIRMED_AT_END);
                long slot = spanMs / count;
                s.start = begin.plusMillis(spanMs * planned / count + (slot > 1 ? (long) (random.nextDouble() * slot) : 0));
            }
            planned += s.alerts();
            s.original = render(s.template, s.start);
            return s;
        }

        private void plainStory(Story s, long budget) {
            int roll = random.nextInt(100);
            MessageKind kind = roll < 40 ? MessageKind.HETERDAAD : roll < 52 ? MessageKind.VERMISSING
                    : roll < 72 ? MessageKind.GETUIGENOPROEP : MessageKind.WAARSCHUWING;
            s.template = templates.get(kind);
            s.lateConfirm = random.nextInt(5000) == 0;
            if (s.template.followUp().awaitsClosure()) {
                int u = random.nextInt(10);
                s.updates = u < 6 ? 0 : u < 9 ? 1 : 2;
                int e = random.nextInt(10000);
                s.ending = e < 5 ? Ending.OPEN : e < 1400 ? Ending.REASON : Ending.AFLOOP;
            } else {
                s.updates = random.nextInt(10) == 0 ? 1 : 0;
                s.ending = Ending.OPEN;
            }
            while (s.alerts() > budget) {
                if (s.updates > 0) {
                    s.updates--;
                } else {
                    s.ending = s.template.followUp().awaitsClosure() ? Ending.REASON : Ending.OPEN;
                }
            }
        }
    }

    /** Mostly the group of one wijk, sometimes neighbouring wijken, now and then a whole gemeente. */
    private List<Long> pickGroups() {
        if (groupsByGemeente.isEmpty()) {
            return List.of();
        }
        List<Long> gemeente = groupsByGemeente.get(random.nextInt(groupsByGemeente.size()));
        int roll = random.nextInt(10);
        if (roll == 0 || gemeente.size() == 1) {
            return gemeente;
        }
        int n = roll < 7 ? 1 : Math.min(gemeente.size(), 2 + random.nextInt(2));
        int first = random.nextInt(gemeente.size() - n + 1);
        return gemeente.subList(first, first + n);
    }

    /**
     * The officer pastes the text in each group and ticks it off, some seconds apart; the first tick
     * confirms the alert. Now and then a group is skipped with a reason.
     */
    private void post(long alertId, Story s, Actor by, int leaveOpen) {
        if (s.groups.isEmpty()) {
            service.confirmSent(alertId, by);
            return;
        }
        int tick = s.groups.size() - leaveOpen;
        for (int i = 0; i < tick; i++) {
            if (i > 0) {
                clock.set(clock.instant().plusSeconds(6 + random.nextInt(40)));
            }
            if (i > 0 && i == s.groups.size() - 1 && random.nextInt(400) == 0) {
                checklist.dismiss(alertId, s.groups.get(i), SKIP_REASONS.get(random.nextInt(SKIP_REASONS.size())), by);
            } else {
                checklist.tick(alertId, s.groups.get(i), by);
            }
        }
    }

    private void original(Story s, Instant at) {
        s.id = record(s.original, s.template.followUp(), null, s, s.officer, at);
        if (s.ending == Ending.UNCONFIRMED) {
            return;
        }
        if (s.lateConfirm) {
            // recorded, then confirmed hours later (e.g. after a crash): later alerts come in between
            schedule(at.plus(Duration.ofMinutes(60 + random.nextInt(120))), () -> confirmed(s));
        } else {
            clock.set(at.plusSeconds(3 + random.nextInt(18)));
            confirmed(s);
        }
    }

    private void confirmed(Story s) {
        post(s.id, s, s.officer, s.leftOpen);
        Instant t = clock.instant();
        for (int i = 0; i < s.updates; i++) {
            t = t.plus(Duration.ofMinutes(10 + random.nextInt(35)));
            Supplier<Rendered> update = render(s.template, t);
            schedule(t, () -> {
                long id = record(update, FollowUpPolicy.NONE, s.id, s, s.officer, clock.instant());
                clock.set(clock.instant().plusSeconds(3 + random.nextInt(18)));
                post(id, s, s.officer, 0);
            });
        }
        boolean missing = s.template.kind() == MessageKind.VERMISSING;
        Actor closer = random.nextInt(10) < 7 ? s.officer : officers.get(random.nextInt(officers.size()));
        if (s.ending == Ending.AFLOOP) {
            t = t.plus(Duration.ofMinutes(missing ? 60 + random.nextInt(300) : 20 + random.nextInt(100)));
            TemplateDefinition afloop = templates.get(MessageKind.AFLOOPBERICHT);
            Supplier<Rendered> closing = render(afloop, t);
            schedule(t, () -> {
                long id = record(closing, afloop.followUp(), s.id, s, closer, clock.instant());
                clock.set(clock.instant().plusSeconds(3 + random.nextInt(18)));
                post(id, s, closer, 0);
                response(s, closer);
            });
        } else if (s.ending == Ending.REASON) {
            t = t.plus(Duration.ofMinutes(60 + random.nextInt(300)));
            schedule(t, () -> {
                CloseReason reason = CLOSE_REASONS.get(random.nextInt(CLOSE_REASONS.size()));
                service.closeWithReason(s.id, reason.category(), reason.text(), closer);
                closedWithReason++;
            });
        }
    }

    /** The desk records what most closed alerts brought in: calls via 112 / 0900-8844 and the result. */
    private void response(Story s, Actor by) {
        if (responses.nextInt(10) < 3) {
            return;
        }
        int calls112 = responses.nextInt(10) < 6 ? responses.nextInt(4) : 0;
        int calls0900 = responses.nextInt(10) < 4 ? 1 + responses.nextInt(3) : 0;
        int roll = responses.nextInt(10);
        ResponseResult result = s.template.kind() == MessageKind.VERMISSING
                ? (roll < 5 ? ResponseResult.PERSOON_AANGETROFFEN : roll < 9 ? ResponseResult.GEEN : ResponseResult.ANDERS)
                : (roll < 3 ? ResponseResult.AANHOUDING : roll < 9 ? ResponseResult.GEEN : ResponseResult.ANDERS);
        storage.responses().record(s.id, 0, calls112, calls0900, result, by);
    }

    private record Rendered(TemplateDefinition template, String valuesJson, String text) {
    }

    /**
     * Renders as the compose form would at {@code at}, on the render thread while the log is written;
     * its own seed, so the text does not depend on the order of rendering.
     */
    private Supplier<Rendered> render(TemplateDefinition template, Instant at) {
        long renderSeed = seed * 1_000_003L + renders++;
        return renderer.submit(() -> {
            FieldValues values = new DemoValues(renderSeed).valuesFor(template, LocalDateTime.ofInstant(at, clock.getZone()));
            RenderResult rendered = new MessageRenderer(Clock.fixed(at, clock.getZone())).render(template, values);
            String text = rendered.finalText().orElseThrow(() -> new IllegalStateException(
                    "demo values for " + template.id() + " do not render: " + rendered.problems()));
            return new Rendered(template, values.toJsonString(), text);
        });
    }

    private long record(Supplier<Rendered> rendering, FollowUpPolicy policy, Long parentId, Story s, Actor by,
                        Instant at) {
        clock.set(at);
        Rendered r = rendering.get();
        TemplateDefinition template = r.template();
        long id = service.recordPending(new NewAlert(template.kind(), template.id(), template.contentHash(),
                r.valuesJson(), r.text(), parentId, policy, s.groups), by);
        created++;
        perKind.merge(template.kind(), 1L, Long::sum);
        return id;
    }

    /**
     * One desk does one thing at a time: a step planned while the previous one was still being sent
     * happens just after it. Without this the clock would run back and ids would stop following log time.
     */
    private Instant notBeforeLast(Instant planned) {
        Instant earliest = clock.instant().plusSeconds(1);
        return planned.isBefore(earliest) ? earliest : planned;
    }

    private void schedule(Instant at, Runnable action) {
        events.add(new Event(at, eventOrder++, action));
    }
}

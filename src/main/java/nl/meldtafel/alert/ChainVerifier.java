package nl.meldtafel.alert;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the audit chain and names the first entry that was changed, inserted or removed, checks that
 * the alerts still hold what was logged, and compares the end with a head kept elsewhere.
 */
public final class ChainVerifier {

    /**
     * Entries read and checked at a time. At a million alerts in a 256 MB heap, batches of 1,000 (three in
     * memory while reading ahead) kept 5.5-6.3 s of young collections in a verify; 400 kept 2.1-2.5 s.
     */
    public static final int BATCH = 400;
    private static final Pattern RANGE = Pattern.compile("\\{\"count\":(\\d+),\"firstId\":(\\d+),\"lastId\":(\\d+)}");

    private final AuditLog audit;
    private final AlertRepository alerts;
    private final ChainFacts facts;
    /** Where the rows each batch is held against are read; the verifier's own unless reading ahead. */
    private final AlertRepository rowAlerts;
    private final ChainFacts rowFacts;
    private final boolean readAhead;

    public ChainVerifier(AuditLog audit, AlertRepository alerts, ChainFacts facts) {
        this(audit, alerts, facts, alerts, facts, false);
    }

    private ChainVerifier(AuditLog audit, AlertRepository alerts, ChainFacts facts, AlertRepository rowAlerts,
                          ChainFacts rowFacts, boolean readAhead) {
        this.audit = audit;
        this.alerts = alerts;
        this.facts = facts;
        this.rowAlerts = rowAlerts;
        this.rowFacts = rowFacts;
        this.readAhead = readAhead;
    }

    /**
     * A verifier that reads ahead on two threads while it checks a batch: one reads the next batches'
     * entries, the other the alerts and ticks they are held against, through {@code rowAlerts} and
     * {@code rowFacts} (a second connection, so neither waits for the other). Reading took 22 s of a
     * 26 s verify at a million alerts on one thread. Only outside a transaction: the threads would not
     * see, or would wait for, the caller's uncommitted work.
     */
    public ChainVerifier readingAhead(AlertRepository rowAlerts, ChainFacts rowFacts) {
        return new ChainVerifier(audit, alerts, facts, rowAlerts, rowFacts, true);
    }

    public VerificationReport verify(Optional<ExpectedHead> expected) {
        Walk walk = new Walk();
        Executor checker = worker("meldtafel-verify-rows-alone");
        Optional<VerificationReport.Problem> problem;
        RowChecks rows;
        try {
            // what the rows show without the walk is asked meanwhile (reading ahead): about 3 s at a million alerts
            CompletableFuture<RowChecks> asked = CompletableFuture.supplyAsync(this::rowChecks, checker);
            problem = walkChain(walk, expected);
            rows = problem.isPresent() ? null : await(asked);
        } finally {
            stop(checker);
        }
        if (problem.isEmpty()) {
            problem = rows.missingEntry();
        }
        if (problem.isEmpty() && walk.redacted != walk.redactionsRecorded) {
            problem = Optional.of(new VerificationReport.Problem(0, null, (walk.redacted - walk.redactionsRecorded)
                    + " alerts lost their content without a recorded redaction run"));
        }
        if (problem.isEmpty() && walk.formStartedAt != null) {
            problem = secondFormProblem(walk, rows);
        }
        if (problem.isEmpty() && expected.isPresent() && !walk.expectedSeen) {
            problem = Optional.of(tailProblem(walk, expected.get()));
        }
        return new VerificationReport(Optional.ofNullable(walk.head), walk.count, walk.redacted, problem);
    }

    private static final class Walk {
        ChainHead head;
        long count;
        long redacted;
        long redactionsRecorded;
        boolean expectedSeen;
        /** When the second form started, null while the chain is of the first form only. */
        Instant formStartedAt;
        final ChainReplay replay = new ChainReplay();
        final Map<AuditEvent, BitSet> once = new EnumMap<>(AuditEvent.class);
        /** Copied alerts no longer in the log: fine only if a DISCARDED entry follows. */
        final Set<Long> copiedGone = new TreeSet<>();
        private SealedContent lastHashed;
        private String lastHash;

        /**
         * The hash of an alert's text and values; an alert copied and then sent in one batch is read once,
         * so its second entry is held against the same content without hashing it again.
         */
        String sentContentHash(SealedContent c) {
            if (c != lastHashed) {
                lastHash = AuditHashing.contentHash(c.contentSalt(), c.valuesJson(), c.text());
                lastHashed = c;
            }
            return lastHash;
        }
    }

    private Optional<VerificationReport.Problem> walkChain(Walk walk, Optional<ExpectedHead> expected) {
        try (Batches batches = new Batches()) {
            long lastSeq = 0;
            String lastHash = AuditHashing.GENESIS;
            while (true) {
                Batch rows = batches.next();
                for (AuditEntry e : rows.entries()) {
                    Optional<VerificationReport.Problem> p = checkEntry(e, lastSeq, lastHash, walk, rows);
                    if (p.isPresent()) {
                        return p;
                    }
                    walk.count++;
                    walk.head = e.asHead();
                    if (expected.isPresent() && matches(expected.get(), e)) {
                        walk.expectedSeen = true;
                    }
                    lastSeq = e.seq();
                    lastHash = e.entryHash();
                }
                if (rows.entries().size() < BATCH) {
                    return Optional.empty();
                }
            }
        }
    }

    /**
     * The chain's batches in order, two in flight. Reading ahead, the entries of the later one are read
     * while the rows of the earlier one are, and both while the caller checks a third; otherwise both are
     * read on the caller's thread, one batch early.
     */
    private final class Batches implements AutoCloseable {
        private final Executor entryReader = worker("meldtafel-verify-entries");
        private final Executor rowReader = worker("meldtafel-verify-rows");
        private final Deque<CompletableFuture<Batch>> inFlight = new ArrayDeque<>();
        private CompletableFuture<List<AuditEntry>> lastEntries;

        Batches() {
            readAnother();
            readAnother();
        }

        Batch next() {
            Batch batch = await(inFlight.removeFirst());
            readAnother();
            return batch;
        }

        /** The batch after the last one asked for: none (empty) once a batch came back short. */
        private void readAnother() {
            CompletableFuture<List<AuditEntry>> entries = lastEntries == null
                    ? CompletableFuture.supplyAsync(() -> audit.entriesAfter(0, BATCH), entryReader)
                    : lastEntries.thenApplyAsync(before -> before.size() < BATCH ? List.of()
                            : audit.entriesAfter(before.get(before.size() - 1).seq(), BATCH), entryReader);
            lastEntries = entries;
            inFlight.addLast(entries.thenApplyAsync(ChainVerifier.this::rowsFor, rowReader));
        }

        @Override
        public void close() {
            stop(entryReader);
            stop(rowReader);
        }
    }

    /** A thread of its own when reading ahead; otherwise the caller's, inside its transaction. */
    private Executor worker(String name) {
        if (!readAhead) {
            return Runnable::run;
        }
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private static void stop(Executor worker) {
        if (worker instanceof ExecutorService threads) {
            threads.shutdownNow();
        }
    }

    /** The rows {@code entries} are held against, in a few queries for the whole batch, not a few per entry. */
    private Batch rowsFor(List<AuditEntry> entries) {
        Set<Long> alertIds = new HashSet<>();
        Set<Long> tickedIds = new HashSet<>();
        for (AuditEntry e : entries) {
            switch (e.record().event()) {
                case SENT, CLOSED, COPIED, DISCARDED -> alertIds.add(e.record().alertId());
                case TICKED -> tickedIds.add(e.record().alertId());
                default -> { }
            }
        }
        return new Batch(entries, alertIds.isEmpty() ? Map.of() : rowAlerts.sealedAlerts(alertIds),
                tickedIds.isEmpty() ? Map.of() : rowFacts.ticks(tickedIds));
    }

    private static <T> T await(CompletableFuture<T> next) {
        try {
            return next.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Verification interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("Could not read the audit chain", e.getCause());
        }
    }

    private static boolean matches(ExpectedHead expected, AuditEntry e) {
        return expected.hash().equals(e.entryHash()) && expected.seq().map(s -> s == e.seq()).orElse(true);
    }

    /** A batch of entries with the current rows of their alerts. */
    private record Batch(List<AuditEntry> entries, Map<Long, SealedAlert> alerts, Map<Long, Map<Long, ChainFacts.Tick>> ticks) {
    }

    private Optional<VerificationReport.Problem> checkEntry(AuditEntry e, long lastSeq, String lastHash, Walk walk, Batch rows) {
        long alertId = e.record().alertId();
        if (e.seq() != lastSeq + 1) {
            return problem(lastSeq + 1, null, "entry " + (lastSeq + 1) + " is missing: the chain jumps from "
                    + lastSeq + " to " + e.seq() + " (entries were removed)");
        }
        if (!e.prevHash().equals(lastHash)) {
            return problem(e.seq(), alertId, "does not follow the entry before it (an entry was inserted, removed or moved)");
        }
        if (!AuditHashing.entryHash(e.seq(), e.record(), e.prevHash()).equals(e.entryHash())) {
            return problem(e.seq(), alertId, "was changed after it was written (its hash no longer matches)");
        }
        Optional<VerificationReport.Problem> form = checkForm(e, walk);
        if (form.isPresent()) {
            return form;
        }
        AuditRecord r = e.record();
        if (r.event().oncePerAlert()) {
            BitSet seen = walk.once.computeIfAbsent(r.event(), k -> new BitSet());
            if (seen.get(Math.toIntExact(alertId))) {
                return problem(e.seq(), alertId, "a second " + r.event() + " entry for alert " + alertId
                        + " (a replayed or duplicated entry)");
            }
            seen.set(Math.toIntExact(alertId));
        }
        SealedAlert sealed = rows.alerts().get(alertId);
        Alert a = sealed == null ? null : sealed.alert();
        switch (r.event()) {
            case REDACTED:
                return checkRedaction(e, walk);
            case SENT:
            case CLOSED:
                return checkAlert(e, walk, sealed);
            case FORM:
            case SNOOZED:
            case RECORDED_LATE:
            case SETTING_CHANGED:
            case HOLD_PLACED:
            case HOLD_LIFTED:
                return Optional.empty();
            case COPIED:
                return checkCopied(e, sealed, walk);
            case DISCARDED:
                if (a != null) {
                    return problem(e.seq(), alertId, "alert " + alertId + " is logged as discarded but is still there");
                }
                walk.copiedGone.remove(alertId);
                return Optional.empty();
            case TICKED:
                return checkTick(e, rows.ticks().getOrDefault(alertId, Map.of()).get(r.subjectId()));
            case RESPONSE:
                return Optional.empty(); // held against the stored response after the walk
            default:
                return walk.replay.apply(r).map(text -> new VerificationReport.Problem(e.seq(), null, text));
        }
    }

    /**
     * Entries of the first form come first; the second form starts with its marker (or with the first
     * entry of a log that never had the first form) and no first-form entry may follow.
     */
    private static Optional<VerificationReport.Problem> checkForm(AuditEntry e, Walk walk) {
        AuditRecord r = e.record();
        boolean second = r.form() >= 2;
        if (!second) {
            if (walk.formStartedAt != null) {
                return problem(e.seq(), null, "an entry of the old form after the new form started (it was moved or forged)");
            }
            if (r.event() != AuditEvent.SENT && r.event() != AuditEvent.CLOSED && r.event() != AuditEvent.REDACTED) {
                return problem(e.seq(), null, "a " + r.event() + " entry cannot be of the old form");
            }
            return Optional.empty();
        }
        if (r.event() == AuditEvent.FORM) {
            if (walk.formStartedAt != null) {
                return problem(e.seq(), null, "the new form starts a second time (a replayed entry)");
            }
            walk.replay.start(ChainReplay.read(r.details()));
        } else if (walk.formStartedAt == null && walk.count > 0) {
            return problem(e.seq(), null, "the new form starts without its marker entry");
        }
        if (walk.formStartedAt == null) {
            walk.formStartedAt = r.at();
        }
        return Optional.empty();
    }

    private Optional<VerificationReport.Problem> checkCopied(AuditEntry e, SealedAlert sealed, Walk walk) {
        long id = e.record().alertId();
        if (sealed == null) {
            walk.copiedGone.add(id);
            return Optional.empty();
        }
        if (sealed.alert().isRedacted()) {
            return Optional.empty();
        }
        if (!walk.sentContentHash(sealed.content()).equals(e.record().contentHash())) {
            return problem(e.seq(), id, "the text or field values of alert " + id + " differ from what was copied");
        }
        return Optional.empty();
    }

    private static Optional<VerificationReport.Problem> checkTick(AuditEntry e, ChainFacts.Tick tick) {
        AuditRecord r = e.record();
        if (tick == null) {
            return problem(e.seq(), r.alertId(), "the tick of " + tickName(r) + " was removed");
        }
        // canonical details end with the outcome: no JSON parse for each of a million ticks
        boolean sameOutcome = r.details().endsWith("\"outcome\":\"" + tick.outcome() + "\"}");
        if (!sameOutcome || !tick.at().equals(r.at()) || tick.officerId() != r.officerId()) {
            return problem(e.seq(), r.alertId(), "the tick of " + tickName(r) + " was changed (outcome, time or officer)");
        }
        return Optional.empty();
    }

    private static String tickName(AuditRecord r) {
        return "group " + r.subjectId() + " of alert " + r.alertId();
    }

    /** After the walk: what only the whole second form can show. */
    private Optional<VerificationReport.Problem> secondFormProblem(Walk walk, RowChecks rows) {
        if (!walk.copiedGone.isEmpty()) {
            long id = walk.copiedGone.iterator().next();
            return problem(0, id, "alert " + id + " was copied but is gone from the log without a recorded discard");
        }
        Optional<String> register = walk.replay.compareWith(facts.officers(), facts.accounts(), facts.register());
        if (register.isPresent()) {
            return problem(0, null, register.get());
        }
        Optional<VerificationReport.Problem> ticksAndResponses = rows.forgedTick().or(rows::tickTwice).or(rows::changedResponse);
        if (ticksAndResponses.isPresent()) {
            return ticksAndResponses;
        }
        return facts.unchainedResponse(walk.formStartedAt).flatMap(id -> problem(0, id,
                "the response of alert " + id + " was recorded without an entry in the log"));
    }

    /** What the rows show without the walk, in the order they are reported. */
    private record RowChecks(Optional<VerificationReport.Problem> missingEntry, Optional<VerificationReport.Problem> forgedTick,
                             Optional<VerificationReport.Problem> tickTwice, Optional<VerificationReport.Problem> changedResponse) {
    }

    /** Through the row reader when reading ahead: the entries' own connection is busy with the walk. */
    private RowChecks rowChecks() {
        Optional<VerificationReport.Problem> forged = rowFacts.unchainedTick().flatMap(t -> problem(0, t.alertId(), "group "
                + t.groupId() + " of alert " + t.alertId() + " is ticked off without an entry in the log (a forged tick)"));
        Optional<VerificationReport.Problem> twice = rowFacts.tickChainedTwice().flatMap(t -> problem(0, t.alertId(),
                "the tick of group " + t.groupId() + " of alert " + t.alertId() + " is in the log twice (a replayed or duplicated entry)"));
        return new RowChecks(missingEntries(), forged, twice, changedResponse());
    }

    /** Page by page from the log, not kept from the walk: a million alerts' responses would fill the memory. */
    private Optional<VerificationReport.Problem> changedResponse() {
        long after = 0;
        List<ChainFacts.LoggedResponse> page;
        do {
            page = rowFacts.loggedResponses(after, BATCH);
            for (ChainFacts.LoggedResponse logged : page) {
                if (logged.now() == null || !AuditRecords.responseDetails(logged.now()).equals(logged.lastDetails())) {
                    return problem(0, logged.alertId(), "the response of alert " + logged.alertId()
                            + " differs from its last entry (changed outside Meldtafel)");
                }
                after = logged.alertId();
            }
        } while (page.size() == BATCH);
        return Optional.empty();
    }

    /** The alerts redacted at the entry's time in its id range must be exactly the ones it hashed. */
    private Optional<VerificationReport.Problem> checkRedaction(AuditEntry e, Walk walk) {
        Matcher m = RANGE.matcher(e.record().details());
        if (!m.matches()) {
            return problem(e.seq(), null, "the redaction entry cannot be read");
        }
        List<Long> ids = alerts.redactedAt(e.record().at(), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
        if (ids.size() != Long.parseLong(m.group(1)) || !AuditRecords.redactedIdsHash(ids).equals(e.record().contentHash())) {
            return problem(e.seq(), null, "the alerts of redaction run " + e.record().at()
                    + " are not the ones it recorded (ids " + m.group(2) + " to " + m.group(3) + ")");
        }
        walk.redactionsRecorded += ids.size();
        return Optional.empty();
    }

    private Optional<VerificationReport.Problem> checkAlert(AuditEntry e, Walk walk, SealedAlert sealed) {
        AuditRecord r = e.record();
        if (sealed == null) {
            return problem(e.seq(), r.alertId(), "alert " + r.alertId() + " was removed from the log");
        }
        Alert a = sealed.alert();
        boolean sent = r.event() == AuditEvent.SENT;
        if (sent ? a.sentAt() == null : a.closure() == null) {
            return problem(e.seq(), a.id(), "alert " + a.id() + " no longer shows as " + (sent ? "sent" : "closed"));
        }
        String details = sent ? (r.form() >= 2 ? AuditRecords.sentDetails(a, sealed.groupNames()) : AuditRecords.sentDetails(a))
                : AuditRecords.isLegacyClosed(r.details()) ? AuditRecords.legacyClosedDetails(a) : AuditRecords.closedDetails(a);
        if (!details.equals(r.details())) {
            return problem(e.seq(), a.id(), "the recorded facts of alert " + a.id() + " were changed (kind, sender, times, groups, closing, outcome or close category)");
        }
        if (a.isRedacted()) {
            if (sent) {
                walk.redacted++;
            }
            return Optional.empty();
        }
        return checkContent(e, a, sent, sealed.content(), walk);
    }

    private Optional<VerificationReport.Problem> checkContent(AuditEntry e, Alert a, boolean sent, SealedContent c, Walk walk) {
        String actual = sent ? walk.sentContentHash(c) : AuditHashing.contentHash(c.closeSalt(), c.closeReason());
        if (!actual.equals(e.record().contentHash())) {
            return problem(e.seq(), a.id(), sent
                    ? "the text or field values of alert " + a.id() + " were changed"
                    : "the close reason of alert " + a.id() + " was changed");
        }
        return Optional.empty();
    }

    private Optional<VerificationReport.Problem> missingEntries() {
        return audit.missingEntries().stream().findFirst().map(m -> new VerificationReport.Problem(0, m.alertId(),
                "alert " + m.alertId() + " is " + (m.event() == AuditEvent.SENT ? "sent" : "closed")
                        + " but its audit entry is missing (entries were removed)"));
    }

    private static VerificationReport.Problem tailProblem(Walk walk, ExpectedHead expected) {
        String end = walk.head == null ? "the chain is empty" : "the chain ends at entry " + walk.head.seq();
        String kept = expected.seq().map(s -> "entry " + s).orElse("hash " + expected.hash());
        return new VerificationReport.Problem(expected.seq().orElse(walk.head == null ? 1 : walk.head.seq() + 1), null,
                "the kept head (" + kept + ") is not in the chain; " + end
                        + " (the last entries were cut off or the chain was rewritten)");
    }

    private static Optional<VerificationReport.Problem> problem(long seq, Long alertId, String text) {
        return Optional.of(new VerificationReport.Problem(seq, alertId, text));
    }
}

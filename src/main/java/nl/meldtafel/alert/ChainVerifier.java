package nl.meldtafel.alert;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks the audit chain and names the first entry that was changed, inserted or removed, checks that
 * the alerts still hold what was logged, and compares the end with a head kept elsewhere.
 */
public final class ChainVerifier {

    private static final int BATCH = 1000;
    private static final Pattern RANGE = Pattern.compile("\\{\"count\":(\\d+),\"firstId\":(\\d+),\"lastId\":(\\d+)}");

    private final AuditLog audit;
    private final AlertRepository alerts;

    public ChainVerifier(AuditLog audit, AlertRepository alerts) {
        this.audit = audit;
        this.alerts = alerts;
    }

    public VerificationReport verify(Optional<ExpectedHead> expected) {
        Walk walk = new Walk();
        Optional<VerificationReport.Problem> problem = walkChain(walk, expected);
        if (problem.isEmpty()) {
            problem = missingEntries();
        }
        if (problem.isEmpty() && walk.redacted != walk.redactionsRecorded) {
            problem = Optional.of(new VerificationReport.Problem(0, null, (walk.redacted - walk.redactionsRecorded)
                    + " alerts lost their content without a recorded redaction run"));
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
    }

    private Optional<VerificationReport.Problem> walkChain(Walk walk, Optional<ExpectedHead> expected) {
        long lastSeq = 0;
        String lastHash = AuditHashing.GENESIS;
        List<AuditEntry> batch;
        do {
            batch = audit.entriesAfter(lastSeq, BATCH);
            // the alerts of a whole batch in a few queries, not a few per entry: a million entries take seconds
            Set<Long> ids = new HashSet<>();
            batch.forEach(e -> ids.add(e.record().alertId()));
            Map<Long, Alert> found = alerts.findAll(ids);
            Map<Long, SealedContent> sealed = alerts.sealedContents(ids);
            for (AuditEntry e : batch) {
                Optional<VerificationReport.Problem> p = checkEntry(e, lastSeq, lastHash, walk, found, sealed);
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
        } while (batch.size() == BATCH);
        return Optional.empty();
    }

    private static boolean matches(ExpectedHead expected, AuditEntry e) {
        return expected.hash().equals(e.entryHash()) && expected.seq().map(s -> s == e.seq()).orElse(true);
    }

    private Optional<VerificationReport.Problem> checkEntry(AuditEntry e, long lastSeq, String lastHash, Walk walk,
                                                            Map<Long, Alert> found, Map<Long, SealedContent> sealed) {
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
        if (e.record().event() == AuditEvent.REDACTED) {
            return checkRedaction(e, walk);
        }
        return checkAlert(e, walk, found.get(alertId), sealed.get(alertId));
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

    private Optional<VerificationReport.Problem> checkAlert(AuditEntry e, Walk walk, Alert a, SealedContent content) {
        AuditRecord r = e.record();
        if (a == null) {
            return problem(e.seq(), r.alertId(), "alert " + r.alertId() + " was removed from the log");
        }
        boolean sent = r.event() == AuditEvent.SENT;
        if (sent ? a.sentAt() == null : a.closure() == null) {
            return problem(e.seq(), a.id(), "alert " + a.id() + " no longer shows as " + (sent ? "sent" : "closed"));
        }
        String details = sent ? AuditRecords.sentDetails(a)
                : AuditRecords.isLegacyClosed(r.details()) ? AuditRecords.legacyClosedDetails(a) : AuditRecords.closedDetails(a);
        if (!details.equals(r.details())) {
            return problem(e.seq(), a.id(), "the recorded facts of alert " + a.id() + " were changed (kind, officer, times, groups, closing, outcome or close category)");
        }
        if (a.isRedacted()) {
            if (sent) {
                walk.redacted++;
            }
            return Optional.empty();
        }
        return checkContent(e, a, sent, content);
    }

    private Optional<VerificationReport.Problem> checkContent(AuditEntry e, Alert a, boolean sent, SealedContent c) {
        String actual = sent
                ? AuditHashing.contentHash(c.contentSalt(), c.valuesJson(), c.text())
                : AuditHashing.contentHash(c.closeSalt(), c.closeReason());
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

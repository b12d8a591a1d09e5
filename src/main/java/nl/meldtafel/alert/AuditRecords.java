package nl.meldtafel.alert;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the audit record of a sending or closing from the alert as stored. The verifier builds
 * them again from the current rows, so any later change to a logged fact shows up.
 */
public final class AuditRecords {

    private AuditRecords() {
    }

    public static AuditRecord sent(Alert a, Actor confirmer, byte[] contentSalt) {
        return new AuditRecord(AuditEvent.SENT, a.id(), a.sentAt(), confirmer.officer().id(), confirmer.osAccount(),
                sentDetails(a), AuditHashing.contentHash(contentSalt, a.valuesJson(), a.text()));
    }

    public static AuditRecord closed(Alert a, byte[] closeSalt) {
        Closure c = a.closure();
        return new AuditRecord(AuditEvent.CLOSED, a.id(), c.at(), c.officerId(), c.osAccount(),
                closedDetails(a), AuditHashing.contentHash(closeSalt, c.reason()));
    }

    /**
     * One retention run: how many alerts, which id range, and a hash over exactly which ids, so the
     * verifier can tell a recorded redaction from content removed behind the log's back.
     */
    public static AuditRecord redacted(List<Long> ids, Instant at, Officer by, String osAccount) {
        return new AuditRecord(AuditEvent.REDACTED, ids.get(0), at, by.id(), osAccount, redactedDetails(ids),
                redactedIdsHash(ids));
    }

    public static String redactedDetails(List<Long> ids) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("count", ids.size());
        d.put("firstId", ids.get(0));
        d.put("lastId", ids.get(ids.size() - 1));
        return json(d);
    }

    public static String redactedIdsHash(List<Long> ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(id).append(',');
        }
        return AuditHashing.contentHash(new byte[0], list.toString());
    }

    public static String sentDetails(Alert a) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", a.kind().name());
        d.put("templateId", a.templateId());
        d.put("templateHash", a.templateHash());
        d.put("officerId", a.officer().id());
        d.put("osAccount", a.osAccount());
        d.put("createdAt", millis(a.createdAt()));
        d.put("sentAt", millis(a.sentAt()));
        d.put("parentId", a.parentId());
        d.put("groupIds", a.groupIds());
        d.put("awaitsClosure", a.followUp().awaitsClosure());
        d.put("dueMs", a.followUp().due() == null ? null : a.followUp().due().toMillis());
        d.put("repeatMs", a.followUp().repeat() == null ? null : a.followUp().repeat().toMillis());
        return json(d);
    }

    /**
     * The closing's facts, with the outcome and close category: they outlive a redaction, so the chain
     * keeps committing to them after the salted reason is gone.
     */
    public static String closedDetails(Alert a) {
        Map<String, Object> d = legacyClosed(a.closure());
        d.put("outcome", a.closure().outcome() == null ? null : a.closure().outcome().name());
        d.put("category", a.closure().category() == null ? null : a.closure().category().name());
        return json(d);
    }

    /**
     * The details of a closing logged before outcome and category were kept (schema 6 and earlier): the
     * facts a migration filled in afterwards are not in such an entry.
     */
    public static String legacyClosedDetails(Alert a) {
        return json(legacyClosed(a.closure()));
    }

    /** Whether an entry's details were written without outcome and category. */
    static boolean isLegacyClosed(String details) {
        return !details.contains("\"outcome\":");
    }

    private static Map<String, Object> legacyClosed(Closure c) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("closedAt", millis(c.at()));
        d.put("byAlertId", c.byAlertId());
        d.put("officerId", c.officerId());
        d.put("osAccount", c.osAccount());
        return d;
    }

    private static Long millis(Instant t) {
        return t == null ? null : t.toEpochMilli();
    }

    private static String json(Map<String, Object> d) {
        return CanonicalJson.write(d);
    }
}

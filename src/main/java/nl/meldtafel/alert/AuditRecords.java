package nl.meldtafel.alert;

import java.time.Instant;
import java.util.ArrayList;
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

    /** The confirmation: the alert's facts with its sender and groups as named at the time, by the confirmer. */
    public static AuditRecord sent(Alert a, List<String> groupNames, Actor confirmer, byte[] contentSalt) {
        return AuditRecord.of(AuditEvent.SENT, a.id(), 0, a.sentAt(), confirmer, sentDetails(a, groupNames),
                AuditHashing.contentHash(contentSalt, a.valuesJson(), a.text()));
    }

    /** The text as it went to the clipboard, before anyone says it was posted. */
    public static AuditRecord copied(Alert a, List<String> groupNames, Actor composer, byte[] contentSalt) {
        return AuditRecord.of(AuditEvent.COPIED, a.id(), 0, a.createdAt(), composer, copiedDetails(a, groupNames),
                AuditHashing.contentHash(contentSalt, a.valuesJson(), a.text()));
    }

    /**
     * The mark of a step the log received after the officer took it (the server away, the log still
     * opening): what it was (COPIED, CLOSED) and when, at the time it reached the log. The step's own
     * entries keep their own times.
     */
    public static AuditRecord recordedLate(long alertId, AuditEvent step, Instant tookPlaceAt, Instant recordedAt, Actor actor) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("step", step.name());
        d.put("at", millis(tookPlaceAt));
        return AuditRecord.of(AuditEvent.RECORDED_LATE, alertId, 0, recordedAt, actor, json(d), "");
    }

    public static AuditRecord discarded(Alert a, Instant at, Actor actor) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("createdAt", millis(a.createdAt()));
        return AuditRecord.of(AuditEvent.DISCARDED, a.id(), 0, at, actor, json(d), "");
    }

    public static AuditRecord closed(Alert a, Actor closer, byte[] closeSalt) {
        Closure c = a.closure();
        return AuditRecord.of(AuditEvent.CLOSED, a.id(), 0, c.at(), closer, closedDetails(a),
                AuditHashing.contentHash(closeSalt, c.reason()));
    }

    public static AuditRecord snoozed(long alertId, Instant at, Instant until, Actor actor) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("until", millis(until));
        return AuditRecord.of(AuditEvent.SNOOZED, alertId, 0, at, actor, json(d), "");
    }

    /** A paste tick or dismissal: group, time and officer; a dismissal's typed reason stays out of the chain. */
    public static AuditRecord ticked(long alertId, long groupId, String groupName, String outcome, Instant at, Actor actor) {
        return AuditRecord.of(AuditEvent.TICKED, alertId, groupId, at, actor, tickDetails(groupName, outcome), "");
    }

    private static String tickDetails(String groupName, String outcome) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("groupName", groupName);
        d.put("outcome", outcome);
        return json(d);
    }

    public static AuditRecord response(long alertId, AlertResponse r, Actor actor) {
        return AuditRecord.of(AuditEvent.RESPONSE, alertId, 0, r.recordedAt(), actor, responseDetails(r), "");
    }

    public static String responseDetails(AlertResponse r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("calls112", r.calls112());
        d.put("calls0900", r.calls0900());
        d.put("result", r.result().name());
        return json(d);
    }

    public static AuditRecord officerAdded(Officer o, Instant at, String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", o.personnelNumber());
        d.put("name", o.name());
        return AuditRecord.anonymous(AuditEvent.OFFICER_ADDED, 0, o.id(), at, osAccount, json(d), "");
    }

    public static AuditRecord officerRenamed(Officer was, Officer now, Instant at, String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", now.personnelNumber());
        d.put("from", was.name());
        d.put("name", now.name());
        return AuditRecord.anonymous(AuditEvent.OFFICER_RENAMED, 0, now.id(), at, osAccount, json(d), "");
    }

    /**
     * A new account (issue 15): its roles and wijken, never its password. {@code by} is null for the first
     * account of a log, which nobody signed in could make.
     */
    public static AuditRecord accountCreated(Officer of, AccountFacts a, Instant at, Officer by, String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", of.personnelNumber());
        d.put("roles", a.roles());
        d.put("wijken", a.wijken());
        return byOrAnonymous(AuditEvent.ACCOUNT_CREATED, of.id(), at, by, osAccount, d);
    }

    public static AuditRecord accountChanged(Officer of, AccountFacts was, AccountFacts now, Instant at, Officer by,
                                             String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", of.personnelNumber());
        d.put("fromRoles", was.roles());
        d.put("fromWijken", was.wijken());
        d.put("fromActive", was.active());
        d.put("roles", now.roles());
        d.put("wijken", now.wijken());
        d.put("active", now.active());
        return byOrAnonymous(AuditEvent.ACCOUNT_CHANGED, of.id(), at, by, osAccount, d);
    }

    /** A team setting changed, with its new value: {@code setting} names it ("retention", "idleSignOut"). */
    public static AuditRecord settingChanged(String setting, Object value, Instant at, Actor by) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("setting", setting);
        d.put("value", value);
        return AuditRecord.of(AuditEvent.SETTING_CHANGED, 0, 0, at, by, json(d), "");
    }

    /** A hold on alert {@code alertId} until {@code until}; its free-text reason is kept with the hold only. */
    public static AuditRecord holdPlaced(long alertId, long holdId, java.time.LocalDate until, Instant at, Actor by) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("until", until.toString());
        return AuditRecord.of(AuditEvent.HOLD_PLACED, alertId, holdId, at, by, json(d), "");
    }

    public static AuditRecord holdLifted(long alertId, long holdId, Instant at, Actor by) {
        return AuditRecord.of(AuditEvent.HOLD_LIFTED, alertId, holdId, at, by, "{}", "");
    }

    /** A new password: reset by a teamchef, or changed by the officer himself. */
    public static AuditRecord passwordSet(Officer of, boolean reset, Instant at, Officer by, String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", of.personnelNumber());
        d.put("reset", reset);
        return byOrAnonymous(AuditEvent.PASSWORD_SET, of.id(), at, by, osAccount, d);
    }

    /**
     * A wrong password for {@code officer}, the {@code tries}-th in a row; null for a number with no account,
     * which is not written down (it may be a password typed in the wrong field).
     */
    public static AuditRecord signInFailed(Officer officer, int tries, Instant at, String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (officer != null) {
            d.put("number", officer.personnelNumber());
            d.put("tries", tries);
        } else {
            d.put("unknown", true);
        }
        return AuditRecord.anonymous(AuditEvent.SIGN_IN_FAILED, 0, officer == null ? 0 : officer.id(), at, osAccount, json(d), "");
    }

    public static AuditRecord accountLocked(Officer officer, Instant until, Instant at, String osAccount) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("number", officer.personnelNumber());
        d.put("until", until.toEpochMilli());
        return AuditRecord.anonymous(AuditEvent.ACCOUNT_LOCKED, 0, officer.id(), at, osAccount, json(d), "");
    }

    private static AuditRecord byOrAnonymous(AuditEvent event, long subjectId, Instant at, Officer by, String osAccount,
                                             Map<String, Object> d) {
        return by == null ? AuditRecord.anonymous(event, 0, subjectId, at, osAccount, json(d), "")
                : AuditRecord.of(event, 0, subjectId, at, new Actor(by, osAccount), json(d), "");
    }

    static AuditRecord register(Officer by, AuditEvent event, long subjectId, Instant at, String osAccount, String details) {
        return by == null ? AuditRecord.anonymous(event, 0, subjectId, at, osAccount, details, "")
                : AuditRecord.of(event, 0, subjectId, at, new Actor(by, osAccount), details, "");
    }

    /** Where the second form starts, with the officers and the register it starts from. */
    public static AuditRecord form(List<Officer> officers, RegisterFacts register, Instant at, String osAccount) {
        List<Object> people = new ArrayList<>();
        officers.forEach(o -> people.add(List.of(o.id(), o.personnelNumber(), o.name())));
        List<Object> groups = new ArrayList<>();
        register.groups().forEach((id, g) -> groups.add(java.util.Arrays.asList(id, g.name(), g.gemeente(), g.active())));
        List<Object> links = new ArrayList<>();
        register.links().forEach(l -> links.add(List.of(l.neighbourhoodGroupId(), l.administratorId(), l.groupId())));
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("form", AuditRecord.CURRENT_FORM);
        d.put("officers", people);
        d.put("groups", groups);
        d.put("admins", links);
        return AuditRecord.anonymous(AuditEvent.FORM, 0, 0, at, osAccount, json(d), "");
    }

    /**
     * One retention run: how many alerts, which id range, and a hash over exactly which ids, so the
     * verifier can tell a recorded redaction from content removed behind the log's back.
     */
    public static AuditRecord redacted(List<Long> ids, Instant at, Officer by, String osAccount) {
        return AuditRecord.of(AuditEvent.REDACTED, ids.get(0), 0, at, new Actor(by, osAccount), redactedDetails(ids),
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

    /** Form 2: the first form's facts plus the sender's name and number and the groups' names as they were. */
    public static String sentDetails(Alert a, List<String> groupNames) {
        Map<String, Object> d = sentFacts(a);
        d.put("officerName", a.officer().name());
        d.put("officerNumber", a.officer().personnelNumber());
        d.put("groupNames", groupNames);
        return json(d);
    }

    static String copiedDetails(Alert a, List<String> groupNames) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("kind", a.kind().name());
        d.put("templateId", a.templateId());
        d.put("templateHash", a.templateHash());
        d.put("createdAt", millis(a.createdAt()));
        d.put("parentId", a.parentId());
        d.put("groupIds", a.groupIds());
        d.put("groupNames", groupNames);
        return json(d);
    }

    /** Form 1, as entries before schema 11 hold them. */
    public static String sentDetails(Alert a) {
        return json(sentFacts(a));
    }

    private static Map<String, Object> sentFacts(Alert a) {
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
        return d;
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

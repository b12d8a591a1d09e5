package nl.meldtafel.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the chain keeps of the register: each beheerdersgroep's name, gemeente and whether it is active,
 * and which administrator runs which neighbourhood group (by id, never with contact details).
 */
public record RegisterFacts(Map<Long, Group> groups, Set<AdminLink> links) {

    public RegisterFacts {
        groups = new TreeMap<>(groups);
        links = new TreeSet<>(links);
    }

    public record Group(String name, String gemeente, boolean active) {
    }

    /** An administrator of a neighbourhood group, which belongs to beheerdersgroep {@code groupId}. */
    public record AdminLink(long neighbourhoodGroupId, long administratorId, long groupId) implements Comparable<AdminLink> {
        // one person on one neighbourhood group; the beheerdersgroep it sits under is only told
        @Override
        public boolean equals(Object o) {
            return o instanceof AdminLink l && compareTo(l) == 0;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(neighbourhoodGroupId) * 31 + Long.hashCode(administratorId);
        }

        @Override
        public int compareTo(AdminLink o) {
            int c = Long.compare(neighbourhoodGroupId, o.neighbourhoodGroupId);
            return c != 0 ? c : Long.compare(administratorId, o.administratorId);
        }
    }

    /** The chain entries that take the register from {@code this} to {@code after}, groups first; {@code by} null: not known. */
    public List<AuditRecord> changesTo(RegisterFacts after, Instant at, Officer by, String osAccount) {
        List<AuditRecord> records = new ArrayList<>();
        for (Map.Entry<Long, Group> e : after.groups.entrySet()) {
            Group was = groups.get(e.getKey());
            Group now = e.getValue();
            if (was == null) {
                records.add(AuditRecords.register(by, AuditEvent.GROUP_CREATED, e.getKey(), at, osAccount, details(now)));
                if (!now.active()) {
                    records.add(AuditRecords.register(by, AuditEvent.GROUP_DEACTIVATED, e.getKey(), at, osAccount, details(now)));
                }
                continue;
            }
            if (!Objects.equals(was.name(), now.name()) || !Objects.equals(was.gemeente(), now.gemeente())) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("from", was.name());
                d.put("fromGemeente", was.gemeente());
                d.put("name", now.name());
                d.put("gemeente", now.gemeente());
                records.add(AuditRecords.register(by, AuditEvent.GROUP_RENAMED, e.getKey(), at, osAccount, CanonicalJson.write(d)));
            }
            if (was.active() != now.active()) {
                records.add(AuditRecords.register(by, now.active() ? AuditEvent.GROUP_REACTIVATED : AuditEvent.GROUP_DEACTIVATED,
                        e.getKey(), at, osAccount, details(now)));
            }
        }
        for (Map.Entry<Long, Group> e : groups.entrySet()) {
            if (!after.groups.containsKey(e.getKey())) {
                records.add(AuditRecords.register(by, AuditEvent.GROUP_REMOVED, e.getKey(), at, osAccount, details(e.getValue())));
            }
        }
        for (AdminLink l : after.links) {
            if (!links.contains(l)) {
                records.add(AuditRecords.register(by, AuditEvent.ADMIN_ADDED, l.neighbourhoodGroupId(), at, osAccount, details(l)));
            }
        }
        for (AdminLink l : links) {
            if (!after.links.contains(l)) {
                records.add(AuditRecords.register(by, AuditEvent.ADMIN_REMOVED, l.neighbourhoodGroupId(), at, osAccount, details(l)));
            }
        }
        return records;
    }

    static String details(Group g) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", g.name());
        d.put("gemeente", g.gemeente());
        return CanonicalJson.write(d);
    }

    static String details(AdminLink l) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("administratorId", l.administratorId());
        d.put("groupId", l.groupId());
        return CanonicalJson.write(d);
    }
}

package nl.meldtafel.retention;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides which alerts lose their content. An alert goes together with its chain (the original, its
 * updates and its afloopbericht), because an afloopbericht names the same person as the vermissing it
 * closes. A chain is due when its original is finished (closed, or needing no follow-up), no member is
 * open, and the original kind's period has passed since the last thing that happened in it.
 */
public final class RedactionPlanner {

    private RedactionPlanner() {
    }

    /**
     * @param members every unredacted sent alert plus the ancestors of each
     * @param held    alert ids under an active hold; a hold on any member keeps the whole chain
     * @return ids to redact, ascending
     */
    public static List<Long> due(List<ChainMember> members, RetentionPolicy policy, Set<Long> held, Instant now) {
        Map<Long, ChainMember> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.id(), m));
        Map<Long, List<ChainMember>> chains = new LinkedHashMap<>();
        for (ChainMember m : members) {
            chains.computeIfAbsent(rootOf(m, byId).id(), k -> new ArrayList<>()).add(m);
        }
        List<Long> due = new ArrayList<>();
        for (Map.Entry<Long, List<ChainMember>> chain : chains.entrySet()) {
            ChainMember root = byId.get(chain.getKey());
            if (chainDue(root, chain.getValue(), policy, held, now)) {
                chain.getValue().stream().filter(m -> !m.redacted()).forEach(m -> due.add(m.id()));
            }
        }
        due.sort(null);
        return due;
    }

    private static ChainMember rootOf(ChainMember m, Map<Long, ChainMember> byId) {
        ChainMember current = m;
        while (current.parentId() != null && byId.containsKey(current.parentId())) {
            current = byId.get(current.parentId());
        }
        return current;
    }

    private static boolean chainDue(ChainMember root, List<ChainMember> chain, RetentionPolicy policy, Set<Long> held,
                                    Instant now) {
        Instant end = null;
        for (ChainMember m : chain) {
            if (m.open() || held.contains(m.id()) || m.sentAt() == null) {
                return false;
            }
            end = later(end, m.sentAt());
            end = later(end, m.closedAt());
        }
        return end != null && !end.plus(policy.periodFor(root.kind())).isAfter(now);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isAfter(b) ? a : b;
    }
}

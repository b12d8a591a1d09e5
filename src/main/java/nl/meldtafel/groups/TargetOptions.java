package nl.meldtafel.groups;

import java.util.List;

/** The active groups a form can choose from, with the quick selections by gemeente and wijk. */
public record TargetOptions(List<GroupRef> groups) {

    public TargetOptions {
        groups = List.copyOf(groups);
    }

    /** Gemeenten in register order. */
    public List<String> gemeenten() {
        return groups.stream().map(GroupRef::gemeente).distinct().toList();
    }

    /** Wijken of one gemeente in register order; "" stands for its gemeente-wide groups. */
    public List<String> wijken(String gemeente) {
        return groups.stream().filter(g -> same(g.gemeente(), gemeente)).map(GroupRef::wijk).distinct().toList();
    }

    /** Quick select: every group of a gemeente. */
    public List<Long> inGemeente(String gemeente) {
        return groups.stream().filter(g -> same(g.gemeente(), gemeente)).map(GroupRef::id).toList();
    }

    /** Quick select: every group of one wijk of a gemeente. */
    public List<Long> inWijk(String gemeente, String wijk) {
        return groups.stream().filter(g -> same(g.gemeente(), gemeente) && same(g.wijk(), wijk)).map(GroupRef::id).toList();
    }

    private static boolean same(String a, String b) {
        return Names.key(a).equals(Names.key(b));
    }
}

package nl.meldtafel.ui.compose;

import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.i18n.Texts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The working choice of the "Naar welke groepen?" picker: a whole gemeente or wijk at once, or single
 * groups. Only active groups are offered; the choice is applied when the officer confirms.
 */
public final class TargetPickerModel {

    /** How much of a gemeente or wijk is chosen. */
    public enum Mark { ALL, SOME, NONE }

    /** More named parts than this in a summary are counted instead ("en 2 meer"). */
    private static final int SUMMARY_PARTS = 3;

    private final TargetOptions options;
    private final Set<Long> chosen = new LinkedHashSet<>();

    public TargetPickerModel(TargetOptions options, List<Long> initial) {
        this.options = options;
        initial.stream().filter(id -> options.groups().stream().anyMatch(g -> g.id() == id)).forEach(chosen::add);
    }

    public TargetOptions options() {
        return options;
    }

    public List<String> gemeenten() {
        return options.gemeenten();
    }

    public List<String> wijken(String gemeente) {
        return options.wijken(gemeente);
    }

    public List<GroupRef> groups(String gemeente, String wijk) {
        List<Long> ids = options.inWijk(gemeente, wijk);
        return options.groups().stream().filter(g -> ids.contains(g.id())).toList();
    }

    public Mark gemeente(String name) {
        return mark(options.inGemeente(name));
    }

    public Mark wijk(String gemeente, String wijk) {
        return mark(options.inWijk(gemeente, wijk));
    }

    public boolean isChosen(long groupId) {
        return chosen.contains(groupId);
    }

    /** Quick select: every group of the gemeente on, or all off. */
    public void setGemeente(String name, boolean on) {
        set(options.inGemeente(name), on);
    }

    /** Quick select: every group of one wijk on, or all off. */
    public void setWijk(String gemeente, String wijk, boolean on) {
        set(options.inWijk(gemeente, wijk), on);
    }

    public void setGroup(long groupId, boolean on) {
        set(List.of(groupId), on);
    }

    /** The chosen groups in register order, as the checklist will list them. */
    public List<Long> chosenIds() {
        return options.groups().stream().map(GroupRef::id).filter(chosen::contains).toList();
    }

    public String countText() {
        return Texts.get("compose.targets.count", chosen.size());
    }

    private void set(List<Long> ids, boolean on) {
        if (on) {
            chosen.addAll(ids);
        } else {
            ids.forEach(chosen::remove);
        }
    }

    private Mark mark(List<Long> ids) {
        long in = ids.stream().filter(chosen::contains).count();
        return in == 0 ? Mark.NONE : in == ids.size() ? Mark.ALL : Mark.SOME;
    }

    /**
     * "Naar: wijk Centrum (3 groepen)": whole gemeenten and wijken (of two or more groups) by their name;
     * with single groups among them "Naar: 3 groepen: Beheerders Noord, ...".
     */
    public static String summary(TargetOptions options, List<GroupRef> groups) {
        if (groups.isEmpty()) {
            return Texts.get("compose.targets.none");
        }
        List<Long> order = options.groups().stream().map(GroupRef::id).toList();
        groups = groups.stream().sorted(java.util.Comparator.comparingInt(g -> order.indexOf(g.id()) < 0
                ? Integer.MAX_VALUE : order.indexOf(g.id()))).toList();
        Set<Long> left = new LinkedHashSet<>();
        groups.forEach(g -> left.add(g.id()));
        List<String> parts = new ArrayList<>();
        for (String gemeente : options.gemeenten()) {
            List<Long> all = options.inGemeente(gemeente);
            // a gemeente of one wijk is named by its wijk, the more precise word
            if (all.size() > 1 && options.wijken(gemeente).size() > 1 && left.containsAll(all)) {
                parts.add(Texts.get("compose.targets.gemeente", gemeente));
                all.forEach(left::remove);
                continue;
            }
            for (String wijk : options.wijken(gemeente)) {
                List<Long> inWijk = options.inWijk(gemeente, wijk);
                if (!wijk.isEmpty() && inWijk.size() > 1 && left.containsAll(inWijk)) {
                    parts.add(Texts.get("compose.targets.wijk", wijk));
                    inWijk.forEach(left::remove);
                }
            }
        }
        boolean areasOnly = left.isEmpty();
        groups.stream().filter(g -> left.contains(g.id())).forEach(g -> parts.add(g.name()));
        String named = String.join(", ", parts.subList(0, Math.min(SUMMARY_PARTS, parts.size())));
        if (parts.size() > SUMMARY_PARTS) {
            named = Texts.get("compose.targets.more", named, parts.size() - SUMMARY_PARTS);
        }
        if (groups.size() == 1) {
            return Texts.get("compose.targets.to", named);
        }
        // The count first when group names follow: a long list is cut at its end, never the count.
        return Texts.get(areasOnly ? "compose.targets.toAreas" : "compose.targets.toGroups", named, groups.size());
    }
}

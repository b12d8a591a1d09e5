package nl.meldtafel.groups;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.meldtafel.i18n.Texts;

/** The paste checklist of one alert: its chosen groups in order, each open, posted or dismissed. */
public record Checklist(long alertId, List<Item> items) {

    public Checklist {
        items = List.copyOf(items);
    }

    public enum State { OPEN, POSTED, DISMISSED }

    /** The list of {@code groups} (in the order given) with the ticks and dismissals in {@code posts}. */
    public static Checklist of(long alertId, List<GroupRef> groups, Collection<Post> posts) {
        Map<Long, Post> byGroup = new HashMap<>();
        posts.forEach(p -> byGroup.put(p.groupId(), p));
        return new Checklist(alertId, groups.stream().map(g -> {
            Post p = byGroup.get(g.id());
            return p == null ? new Item(g, State.OPEN, null, null, null) : Item.done(g, p);
        }).toList());
    }

    /** This list after {@code post}, without reading the log again. */
    public Checklist with(Post post) {
        return new Checklist(alertId, items.stream()
                .map(i -> i.group().id() == post.groupId() ? Item.done(i.group(), post) : i).toList());
    }

    /** One group of the list; {@code at}, {@code officerName} and {@code reason} are null while open. */
    public record Item(GroupRef group, State state, Instant at, String officerName, String reason) {

        private static Item done(GroupRef group, Post p) {
            return new Item(group, p.outcome() == Post.Outcome.POSTED ? State.POSTED : State.DISMISSED, p.at(),
                    p.officerName(), p.reason());
        }
    }

    /** The group to paste into next. */
    public Optional<Item> next() {
        return open().stream().findFirst();
    }

    public List<Item> open() {
        return items.stream().filter(i -> i.state() == State.OPEN).toList();
    }

    public boolean isComplete() {
        return open().isEmpty();
    }

    /** "Plak in: Beheerders Noord", or empty when every group is done. */
    public Optional<String> pasteInText() {
        return next().map(i -> Texts.get("checklist.pasteIn", i.group().name()));
    }

    /** "nog niet geplaatst in ...", or empty when every group is done. */
    public Optional<String> notYetPostedText() {
        return isComplete() ? Optional.empty() : Optional.of(Texts.get("checklist.notYetPosted",
                open().stream().map(i -> i.group().name()).collect(Collectors.joining(", "))));
    }
}

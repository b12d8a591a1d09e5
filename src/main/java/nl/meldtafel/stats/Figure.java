package nl.meldtafel.stats;

import java.util.List;

/** A count together with the alerts behind it, so a figure on screen can open exactly those in the log. */
public record Figure(List<Long> ids) {

    public static final Figure NONE = new Figure(List.of());

    public Figure {
        ids = List.copyOf(ids);
    }

    public int count() {
        return ids.size();
    }

    public boolean isEmpty() {
        return ids.isEmpty();
    }
}

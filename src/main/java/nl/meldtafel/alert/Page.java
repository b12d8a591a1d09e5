package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/** One page of a newest-first list; {@code next} is empty on the last page. */
public record Page<T>(List<T> items, Optional<LogCursor> next) {
    public Page {
        items = List.copyOf(items);
    }
}

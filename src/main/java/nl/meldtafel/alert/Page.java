package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/** One page of a newest-first list; {@code next} is empty on the last page. */
public record Page<T>(List<T> items, Optional<LogCursor> next) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * A page of the Logboek from a query that read one row more than {@code limit}: that row only says
     * there is a next page, which starts after the page's last row.
     */
    public static Page<AlertRow> ofLookahead(List<AlertRow> rows, int limit) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<AlertRow> page = rows.subList(0, limit);
        return new Page<>(page, Optional.of(page.get(page.size() - 1).cursor()));
    }
}

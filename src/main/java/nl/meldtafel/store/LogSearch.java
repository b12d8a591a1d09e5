package nl.meldtafel.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.AlertQuery;

/** The WHERE clause and parameters of a log query; every value is bound, none concatenated. */
final class LogSearch {

    private final StringBuilder where = new StringBuilder("WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    private LogSearch() {
    }

    static LogSearch of(AlertQuery q) {
        LogSearch s = filters(q);
        if (q.groupId() != null) {
            s.add(" AND a.id IN (SELECT alert_id FROM alert_group WHERE group_id = ?)", q.groupId());
        }
        Optional<FtsQuery> fts = q.searchText().flatMap(FtsQuery::of);
        if (fts.isPresent()) {
            for (FtsQuery.Condition m : fts.get().conditions()) {
                s.add(" AND a.id IN (SELECT rowid FROM " + m.table() + " WHERE " + m.table() + " MATCH ?)", m.match());
            }
        }
        return s;
    }

    /** Everything but the text's index and the group, which the caller applies its own way. */
    static LogSearch filters(AlertQuery q) {
        LogSearch s = new LogSearch();
        if (q.searchText().flatMap(FtsQuery::of).isPresent()) {
            // a redacted text may wait in the index for the end of a redaction run: it matches nothing
            s.add(" AND a.text IS NOT NULL");
        }
        s.in("a.kind", q.kinds());
        s.in("a.status", q.statuses());
        if (q.officerId() != null) {
            s.add(" AND a.officer_id = ?", q.officerId());
        }
        if (q.from() != null) {
            s.add(" AND a.log_at >= ?", q.from().toEpochMilli());
        }
        if (q.to() != null) {
            s.add(" AND a.log_at < ?", q.to().toEpochMilli());
        }
        if (q.gemeente() != null || !q.wijken().isEmpty()) {
            // probed per alert, newest first, until the page is full: an IN list of every alert of the area
            // would be collected first (13 ms against 1 ms at 20,000 alerts, LogBenchmark)
            StringBuilder area = new StringBuilder(" AND EXISTS (SELECT 1 FROM alert_group ag "
                    + "JOIN target_group g ON g.id = ag.group_id WHERE ag.alert_id = a.id");
            List<Object> values = new ArrayList<>();
            if (q.gemeente() != null) {
                area.append(" AND g.gemeente = ? COLLATE NOCASE");
                values.add(q.gemeente());
            }
            if (!q.wijken().isEmpty()) {
                area.append(" AND g.wijk COLLATE NOCASE IN (").append(String.join(", ", java.util.Collections.nCopies(q.wijken().size(), "?")))
                        .append(')');
                values.addAll(q.wijken());
            }
            s.add(area.append(')').toString(), values.toArray());
        }
        if (q.ids() != null) {
            // one JSON parameter for any number of ids
            s.add(" AND a.id IN (SELECT value FROM json_each(?))", q.ids().stream().sorted().map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(",", "[", "]")));
        }
        if (q.after() != null) {
            // row-value comparison keeps the keyset condition usable by the (log_at) index
            s.add(" AND (a.log_at, a.id) < (?, ?)", q.after().time().toEpochMilli(), q.after().id());
        }
        return s;
    }

    private void in(String column, Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return;
        }
        where.append(" AND ").append(column).append(" IN (");
        String separator = "";
        for (Enum<?> v : values) {
            where.append(separator).append('?');
            parameters.add(v.name());
            separator = ", ";
        }
        where.append(')');
    }

    /** Appends a condition; its parameters are bound after those already there. */
    LogSearch add(String clause, Object... values) {
        where.append(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    String where() {
        return where.toString();
    }

    /** Binds the parameters; returns the next free parameter index. */
    int bind(PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object p : parameters) {
            ps.setObject(i++, p);
        }
        return i;
    }
}

package nl.meldtafel.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import nl.meldtafel.alert.AlertQuery;

/**
 * The WHERE clause and parameters of a log query on the server; every value is bound, none concatenated.
 * Text as on SQLite (store.FtsQuery): every typed word must match, one of three or more characters
 * anywhere in the text (pg_trgm index on the folded text), a shorter one at the start of a word.
 */
final class PgLogSearch {

    private static final int MIN_SUBSTRING = 3;

    private final StringBuilder where = new StringBuilder("WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    private PgLogSearch() {
    }

    static PgLogSearch of(AlertQuery q, Connection c) throws SQLException {
        PgLogSearch s = new PgLogSearch();
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
        if (q.groupId() != null) {
            s.add(" AND a.id IN (SELECT alert_id FROM alert_group WHERE group_id = ?)", q.groupId());
        }
        if (q.gemeente() != null || !q.wijken().isEmpty()) {
            StringBuilder area = new StringBuilder(" AND EXISTS (SELECT 1 FROM alert_group ag "
                    + "JOIN target_group g ON g.id = ag.group_id WHERE ag.alert_id = a.id");
            List<Object> values = new ArrayList<>();
            if (q.gemeente() != null) {
                area.append(" AND lower(g.gemeente) = lower(?)");
                values.add(q.gemeente());
            }
            if (!q.wijken().isEmpty()) {
                area.append(" AND lower(g.wijk) IN (")
                        .append(String.join(", ", Collections.nCopies(q.wijken().size(), "lower(?)"))).append(')');
                values.addAll(q.wijken());
            }
            s.add(area.append(')').toString(), values.toArray());
        }
        if (q.ids() != null) {
            s.add(" AND a.id = ANY (?)", PgJdbc.ids(c, q.ids()));
        }
        if (q.after() != null) {
            s.add(" AND (a.log_at, a.id) < (?, ?)", q.after().time().toEpochMilli(), q.after().id());
        }
        if (q.text() != null) {
            s.text(q.text());
        }
        return s;
    }

    /** True when a typed word is matched anywhere (three or more characters), not only as a word start. */
    static boolean hasLongWord(String typed) {
        for (String word : typed.strip().split("\\s+")) {
            String part = trimNonWordEnds(word);
            if (part.codePointCount(0, part.length()) >= MIN_SUBSTRING) {
                return true;
            }
        }
        return false;
    }

    /** Only the text condition, on rows named {@code a} with the stored {@code text_folded} and {@code text_words}. */
    static PgLogSearch textOnly(String typed) {
        PgLogSearch s = new PgLogSearch();
        s.text(typed);
        return s;
    }

    private void text(String typed) {
        for (String word : typed.strip().split("\\s+")) {
            String part = trimNonWordEnds(word);
            if (part.isEmpty()) {
                continue;
            }
            if (part.codePointCount(0, part.length()) >= MIN_SUBSTRING) {
                add(" AND a.text_folded LIKE '%' || meldtafel_fold(?) || '%'", escapeLike(part));
            } else {
                // text_words is the 'simple' tsvector of text_folded split as on SQLite (V7, V10), not 'dutch': a stemmed or stop-listed
                // prefix ("de") would match other words than on SQLite
                add(" AND a.text_words @@ to_tsquery('simple', quote_literal(meldtafel_fold(?)) || ':*')", part);
            }
        }
    }

    /** Punctuation around a word is not what the officer looks for; inside ("D-123-BC") it is kept. */
    private static String trimNonWordEnds(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.codePointAt(start))) {
            start += Character.charCount(word.codePointAt(start));
        }
        while (end > start && !Character.isLetterOrDigit(word.codePointBefore(end))) {
            end -= Character.charCount(word.codePointBefore(end));
        }
        return word.substring(start, end);
    }

    private static String escapeLike(String part) {
        return part.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
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

    /** Adds a condition without parameters ({@code " AND ..."}), or nothing for {@code ""}. */
    PgLogSearch where(String clause) {
        where.append(clause);
        return this;
    }

    private PgLogSearch add(String clause, Object... values) {
        where.append(clause);
        parameters.addAll(List.of(values));
        return this;
    }

    String where() {
        return where.toString();
    }

    /** Binds the parameters; returns the next free parameter index. */
    int bind(PreparedStatement ps) throws SQLException {
        return bind(ps, 1);
    }

    /** Binds the parameters from index {@code first}; returns the next free parameter index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : parameters) {
            ps.setObject(i++, p);
        }
        return i;
    }
}

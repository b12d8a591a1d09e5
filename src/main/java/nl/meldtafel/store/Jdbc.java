package nl.meldtafel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/** Null-aware conversions, shared by both backends: times are stored as UTC epoch milliseconds in a 64-bit integer. */
public final class Jdbc {

    private Jdbc() {
    }

    public static void setInstant(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, t.toEpochMilli());
        }
    }

    public static void setLong(PreparedStatement ps, int index, Long value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, value);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return instant(rs, rs.findColumn(column));
    }

    public static Long nullableLong(ResultSet rs, String column) throws SQLException {
        return nullableLong(rs, rs.findColumn(column));
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A stored enum name; null when absent or a name this version does not know. */
    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        if (name == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** Ids as one JSON array parameter, read with {@code json_each(?)}: one statement for any number of them. */
    static String idList(java.util.Collection<Long> ids) {
        StringBuilder json = new StringBuilder("[");
        for (long id : ids) {
            json.append(json.length() > 1 ? "," : "").append(id);
        }
        return json.append(']').toString();
    }
}

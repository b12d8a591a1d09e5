package nl.meldtafel.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.meldtafel.alert.RowVersion;
import nl.meldtafel.groups.RowChange;

/**
 * The SQL of a versioned register row, shared by both backends: each change raises {@code version} and
 * stamps {@code changed_at} and {@code changed_by}; a checked change writes only a row still at the version
 * its form was loaded with, so of two desks saving at once the second finds nothing to write.
 */
public final class RowVersions {

    private RowVersions() {
    }

    /** The officer who changed a row of {@code alias}, as {@code changed_by_name}; none for an import or older row. */
    public static String changedBy(String alias) {
        return " LEFT JOIN (SELECT id AS officer_id, name AS changed_by_name FROM officer) cb ON cb.officer_id = "
                + alias + ".changed_by";
    }

    /** {@code UPDATE table SET <set>, version + 1 and the stamp WHERE id = ? [AND version = ?]}. */
    public static String update(String table, String set, RowChange change) {
        return "UPDATE " + table + " SET " + set + ", version = version + 1, changed_at = ?, changed_by = ? WHERE id = ?"
                + (change.basedOn() == null ? "" : " AND version = ?");
    }

    /** The values of {@link #update}: those of {@code set}, the stamp, the id and the version checked. */
    public static Object[] values(RowChange change, long id, Object... set) {
        List<Object> values = new ArrayList<>(Arrays.asList(set));
        values.add(change.at().toEpochMilli());
        values.add(change.officerId());
        values.add(id);
        if (change.basedOn() != null) {
            values.add(change.basedOn());
        }
        return values.toArray();
    }

    /** The version of the current row, read with {@link #changedBy}. */
    public static RowVersion read(ResultSet rs) throws SQLException {
        return RowVersion.of(rs.getLong("version"), Jdbc.instant(rs, "changed_at"), rs.getString("changed_by_name"));
    }
}

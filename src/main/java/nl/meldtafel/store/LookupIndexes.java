package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The log's indexes that only lists, reports and checks read: what a log built aside (the demo) drops
 * at the start of its load and creates again at the end, one sorted pass each instead of an insert per
 * row and status change. A million alerts' load took 222-253 s instead of 316.
 * <p>
 * The load itself reads by id, by its groups and by the chain, and needs two others, which stay:
 * {@code alert_parent_idx} (a follow-up reads its original's others) and {@code audit_entry_alert_idx}
 * (a new alert's id is above every id in the chain; without it each insert scans the chain).
 */
final class LookupIndexes {

    static final List<String> SET_ASIDE_FOR_LOAD = List.of("alert_log_idx", "alert_kind_log_idx",
            "alert_status_log_idx", "alert_officer_log_idx", "alert_open_due_idx", "alert_pending_idx",
            "alert_week_kind_idx", "alert_group_group_idx", "alert_post_group_idx", "audit_entry_tick_idx");

    private LookupIndexes() {
    }

    /** Within a write transaction: drops the indexes named, returning what creates them again. */
    static List<String> drop(Connection c, List<String> names) throws SQLException {
        List<String> definitions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            for (String name : names) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        definitions.add(rs.getString(1));
                    }
                }
            }
        }
        try (Statement st = c.createStatement()) {
            for (String name : names) {
                st.executeUpdate("DROP INDEX IF EXISTS " + name);
            }
        }
        return definitions;
    }

    /** Within a write transaction: creates the indexes {@link #drop} returned. */
    static void create(Connection c, List<String> definitions) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String definition : definitions) {
                st.executeUpdate(definition);
            }
        }
    }
}

package nl.meldtafel.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.alert.ExpectedHead;
import nl.meldtafel.alert.VerificationReport;
import nl.meldtafel.store.postgres.PostgresBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code server import}: copies a desk's SQLite log, as it is, to an empty server, in one transaction.
 * The chain is verified on the desk's file first and on the server after the copy, before the commit:
 * when either check fails nothing is written. The desk's file is only read.
 */
public final class ServerImport {

    private static final Logger LOG = LoggerFactory.getLogger(ServerImport.class);
    /** Parents before children, so every reference finds its row. */
    static final List<String> TABLES = List.of("officer", "account", "team_setting", "target_group", "alert", "alert_group", "audit_entry", "draft",
            "neighbourhood_group", "administrator", "neighbourhood_admin", "target_default", "alert_post", "alert_response",
            "retention_setting", "retention_hold", "queued_send");
    private static final int BATCH = 500;
    /**
     * References that may point forward (an alert closed by a later afloopbericht): set after all rows are
     * in. Those tables are read by id, so a reference back (an update's parent) finds its row.
     */
    /** The tables whose rows belong to a team; the server's first team is their default. */
    private static final List<String> TEAM_TABLES = List.of("officer", "target_group", "alert");
    private static final Map<String, String> FORWARD_REFERENCES = Map.of("alert", "closed_by_alert_id");

    /** What was copied: rows per table, and the chain as both sides verified it. */
    public record Result(Map<String, Integer> rows, VerificationReport before, VerificationReport after) {
    }

    /** The import was refused; nothing was written to the server. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private ServerImport() {
    }

    /**
     * Copies the log in {@code desk} to the server behind {@code server} (opened by this call, closed
     * after). {@code workFolder} is where a read-only log is copied to be read.
     *
     * @throws Refused when the desk's chain is broken, the server already holds a log, or the copy does
     *                 not verify on the server
     * @throws StorageException when either database cannot be read or written
     */
    public static Result run(Path desk, PostgresBackend server, Clock clock, Path workFolder) throws IOException {
        Optional<String> missing = ExistingLog.problem(desk);
        if (missing.isPresent()) {
            throw new Refused(missing.get());
        }
        try (Storage source = Storage.openForVerification(desk, clock, workFolder);
             Storage target = Storage.on(workFolder, server, clock)) {
            VerificationReport before = source.verifyReadingAhead(Optional.empty());
            if (!before.intact()) {
                throw new Refused("The desk's log does not verify, so it is not copied: " + before.problem().orElseThrow());
            }
            target.open();
            long started = System.nanoTime();
            Result result = server.inOneTransaction("Could not import the log", c -> {
                refuseUnlessEmpty(c);
                long team = server.team().map(scope -> scope.team().id()).orElse(1L);
                Map<String, Integer> rows = copyAll(source.database(), c, team);
                VerificationReport after = target.verifier().verify(before.head().map(h -> new ExpectedHead(Optional.of(h.seq()), h.hash())));
                if (!after.intact() || after.entries() != before.entries()) {
                    // thrown inside the transaction: it rolls back, and the server stays empty
                    throw new Refused("The copy does not verify on the server, so nothing was kept: "
                            + after.problem().map(Object::toString).orElse(after.entries() + " entries instead of " + before.entries()));
                }
                return new Result(rows, before, after);
            });
            LOG.info("server import: {} entries and {} alerts copied and verified in {} ms", result.after().entries(),
                    result.rows().get("alert"), (System.nanoTime() - started) / 1_000_000);
            return result;
        }
    }

    private static void refuseUnlessEmpty(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT (SELECT count(*) FROM alert) + (SELECT count(*) FROM audit_entry) + (SELECT count(*) FROM officer)"
                        + " + (SELECT count(*) FROM target_group)")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new Refused("The server already holds a log; an import only goes to an empty one");
            }
        }
    }

    /** Copies every table; the desk's alerts, officers and groups join {@code team} (a desk's file has no teams). */
    private static Map<String, Integer> copyAll(Database source, Connection target, long team) throws SQLException {
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Statement st = target.createStatement()) {
            // the record's triggers guard changes made one at a time; this copy is checked as a whole by the
            // verification below, in the same transaction (the owner's ALTER is transactional and locks the table)
            for (String table : TABLES) {
                st.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
            }
            st.execute("DELETE FROM retention_setting");
            for (String table : TEAM_TABLES) {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN team_id SET DEFAULT " + team);
            }
            for (String table : TABLES) {
                rows.put(table, copy(source, table, target));
            }
            for (String table : TEAM_TABLES) {
                st.execute("ALTER TABLE " + table + " ALTER COLUMN team_id SET DEFAULT 1");
            }
            for (String table : TABLES) {
                st.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
            }
            // the week counts' triggers were off with the rest: count the copied alerts in one go
            st.execute("SELECT meldtafel_week_counts_rebuild()");
        }
        resetIdentities(target);
        // fresh statistics, so the first searches on the server do not plan as for an empty table
        try (Statement st = target.createStatement()) {
            for (String table : TABLES) {
                st.execute("ANALYZE " + table);
            }
            st.execute("ANALYZE alert_week_count");
        }
        return rows;
    }

    private static int copy(Database source, String table, Connection target) throws SQLException {
        Map<String, String> serverColumns = serverColumns(target, table);
        String forward = FORWARD_REFERENCES.get(table);
        return source.read("Could not copy " + table + " to the server", c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + table
                    + (forward != null ? " ORDER BY id" : ""))) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Integer> sourceIndex = new ArrayList<>();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    if (serverColumns.containsKey(meta.getColumnName(i))) {
                        sourceIndex.add(i);
                        names.add(meta.getColumnName(i));
                    }
                }
                String sql = "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
                int count = 0;
                try (PreparedStatement insert = target.prepareStatement(sql)) {
                    List<Object[]> forwardLinks = new ArrayList<>();
                    while (rs.next()) {
                        for (int k = 0; k < names.size(); k++) {
                            Object value = rs.getObject(sourceIndex.get(k));
                            if (names.get(k).equals(forward) && value != null) {
                                forwardLinks.add(new Object[] {rs.getObject("id"), value});
                                value = null;
                            }
                            bind(insert, k + 1, value, serverColumns.get(names.get(k)));
                        }
                        insert.addBatch();
                        if (++count % BATCH == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                    linkForward(target, table, forward, forwardLinks);
                }
                return count;
            }
        });
    }

    private static void linkForward(Connection target, String table, String column, List<Object[]> links) throws SQLException {
        if (links.isEmpty()) {
            return;
        }
        try (PreparedStatement update = target.prepareStatement("UPDATE " + table + " SET " + column + " = ? WHERE id = ?")) {
            for (Object[] link : links) {
                update.setLong(1, ((Number) link[1]).longValue());
                update.setLong(2, ((Number) link[0]).longValue());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    /** SQLite keeps 0/1 for yes/no and blobs as bytes; the server has its own types for them. */
    private static void bind(PreparedStatement insert, int index, Object value, String serverType) throws SQLException {
        if (value == null) {
            insert.setNull(index, serverType.equals("boolean") ? Types.BOOLEAN : Types.NULL);
        } else if (serverType.equals("boolean")) {
            insert.setBoolean(index, ((Number) value).longValue() != 0);
        } else if (serverType.equals("bytea")) {
            insert.setBytes(index, (byte[]) value);
        } else if (serverType.equals("bigint") || serverType.equals("integer")) {
            insert.setLong(index, ((Number) value).longValue());
        } else {
            insert.setString(index, value.toString());
        }
    }

    /** Column name to type of the server's table; generated columns are left out (the server fills them). */
    private static Map<String, String> serverColumns(Connection c, String table) throws SQLException {
        Map<String, String> columns = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name, data_type FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER'")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columns.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return columns;
    }

    /** New rows on the server continue after the copied ids. */
    private static void resetIdentities(Connection c) throws SQLException {
        List<String> withIdentity = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND column_name = 'id' AND is_identity = 'YES'")) {
            while (rs.next()) {
                withIdentity.add(rs.getString(1));
            }
        }
        try (Statement st = c.createStatement()) {
            for (String table : TABLES) {
                if (withIdentity.contains(table)) {
                    st.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "COALESCE((SELECT max(id) FROM " + table + "), 0) + 1, false)");
                }
            }
        }
    }
}

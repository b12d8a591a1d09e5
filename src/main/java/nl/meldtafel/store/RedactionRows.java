package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import nl.meldtafel.retention.ChainMember;
import nl.meldtafel.template.MessageKind;

/** The SQL a redaction run plans with, the same on both backends; each backend runs it in its own transaction. */
public final class RedactionRows {

    private RedactionRows() {
    }

    /**
     * A follow-up always has a higher id than its parent, so a page of roots holds whole chains. The
     * chain's alerts are looked up by id ({@code IN}): as a join, SQLite 3.53 scanned every alert per
     * page instead, 2 s a page on a million alerts whatever its size.
     */
    static final String CHAINS_ROOTED_IN = "WITH RECURSIVE chain(id) AS ("
            + " SELECT id FROM alert WHERE parent_id IS NULL AND id > ? AND id <= ?"
            + " UNION ALL SELECT a.id FROM alert a JOIN chain ON a.parent_id = chain.id)"
            + " SELECT a.id, a.parent_id, a.kind, a.status, a.awaits_closure, a.sent_at, a.closed_at, a.redacted_at"
            + " FROM alert a WHERE a.id IN (SELECT id FROM chain) AND a.status <> 'PENDING' ORDER BY a.id";

    /** See {@link nl.meldtafel.retention.RetentionRepository#chainsRootedIn}. */
    public static List<ChainMember> chainsRootedIn(Connection c, long afterId, long toId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CHAINS_ROOTED_IN)) {
            ps.setLong(1, afterId);
            ps.setLong(2, toId);
            List<ChainMember> members = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    members.add(new ChainMember(rs.getLong(1), Jdbc.nullableLong(rs, "parent_id"),
                            MessageKind.valueOf(rs.getString(3)), "CLOSED".equals(rs.getString(4)), rs.getBoolean(5),
                            Jdbc.instant(rs, "sent_at"), Jdbc.instant(rs, "closed_at"), rs.getObject(8) != null));
                }
            }
            return members;
        }
    }
}

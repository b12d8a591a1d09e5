package nl.meldtafel.store.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import nl.meldtafel.team.TeamScope;

/** What only PostgreSQL needs beside the shared {@link nl.meldtafel.store.Jdbc} conversions. */
final class PgJdbc {

    private PgJdbc() {
    }

    /**
     * Ids as one array parameter, read with {@code = ANY(?)}: one parameter for any number of them, so the
     * driver's limit of 65,535 parameters never splits or drops a large list.
     */
    static Array ids(Connection c, Collection<Long> ids) throws SQLException {
        return c.createArrayOf("bigint", ids.toArray(new Long[0]));
    }

    /**
     * {@code " AND column = id"} keeping a list to the team {@code scope} shows, or {@code ""} for the whole
     * unit. The id is the server's own number, never typed text, so it is written into the statement.
     */
    static String shownTeamOnly(TeamScope scope, String column) {
        return scope.shownTeam().map(id -> " AND " + column + " = " + id).orElse("");
    }
}

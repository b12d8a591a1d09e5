package nl.meldtafel.store.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

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
}

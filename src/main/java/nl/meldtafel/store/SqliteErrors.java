package nl.meldtafel.store;

import java.sql.SQLException;
import java.util.Locale;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns driver errors into a {@link StorageException} whose message says what failed and why. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    static StorageException wrap(String action, SQLException e) {
        StorageException.Reason reason = classify(e);
        String detail = reason == StorageException.Reason.OTHER ? e.getMessage() : reason.plainWords();
        return new StorageException(reason, action + ": " + detail, e);
    }

    static StorageException.Reason classify(SQLException e) {
        if (e instanceof SQLiteException) {
            StorageException.Reason byCode = byCode(((SQLiteException) e).getResultCode());
            if (byCode != null) {
                return byCode;
            }
        }
        return byMessage(e.getMessage());
    }

    private static StorageException.Reason byCode(SQLiteErrorCode code) {
        if (code == null) {
            return null;
        }
        String name = code.name();
        if (name.startsWith("SQLITE_FULL")) {
            return StorageException.Reason.DISK_FULL;
        }
        if (name.startsWith("SQLITE_READONLY") || name.startsWith("SQLITE_PERM")
                || name.startsWith("SQLITE_CANTOPEN")) {
            return StorageException.Reason.READ_ONLY;
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.startsWith("SQLITE_NOTADB")) {
            return StorageException.Reason.CORRUPT;
        }
        if (name.startsWith("SQLITE_BUSY") || name.startsWith("SQLITE_LOCKED")) {
            return StorageException.Reason.LOCKED;
        }
        if (name.startsWith("SQLITE_IOERR")) {
            return byMessage(code.message);
        }
        return null;
    }

    private static StorageException.Reason byMessage(String message) {
        String m = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (m.contains("disk is full") || m.contains("no space left")) {
            return StorageException.Reason.DISK_FULL;
        }
        if (m.contains("readonly") || m.contains("read-only") || m.contains("permission denied")) {
            return StorageException.Reason.READ_ONLY;
        }
        if (m.contains("malformed") || m.contains("not a database")) {
            return StorageException.Reason.CORRUPT;
        }
        if (m.contains("database is locked") || m.contains("busy")) {
            return StorageException.Reason.LOCKED;
        }
        return StorageException.Reason.OTHER;
    }
}

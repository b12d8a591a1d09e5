package nl.meldtafel.store.postgres;

import java.sql.SQLException;
import nl.meldtafel.store.StorageException;

/** Turns driver errors into a {@link StorageException} by SQLSTATE, as store.SqliteErrors does by SQLite code. */
final class PgErrors {

    private PgErrors() {
    }

    static StorageException wrap(String action, SQLException e) {
        StorageException.Reason reason = isConnectionFailure(e) ? StorageException.Reason.UNREACHABLE : classify(e.getSQLState());
        String detail = reason == StorageException.Reason.OTHER ? e.getMessage() : reason.plainWords();
        return new StorageException(reason, action + ": " + detail, e);
    }

    static StorageException.Reason classify(String sqlState) {
        String state = sqlState == null ? "" : sqlState;
        if (state.equals("53100")) {
            return StorageException.Reason.DISK_FULL;
        }
        if (state.equals("25006")) {
            return StorageException.Reason.READ_ONLY;
        }
        if (state.equals("42501")) {
            return StorageException.Reason.NO_PERMISSION;
        }
        if (state.equals("XX001") || state.equals("XX002")) {
            return StorageException.Reason.CORRUPT;
        }
        if (state.equals("40001") || state.equals("40P01") || state.equals("55P03")) {
            return StorageException.Reason.LOCKED;
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03")) {
            return StorageException.Reason.UNREACHABLE;
        }
        return StorageException.Reason.OTHER;
    }

    /** True when {@code error} (or a cause) is the server refusing this login a right. */
    static boolean isPermissionDenied(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "42501".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code error} (or a cause) says the server could not be reached or went away. */
    static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            // the pool's "no connection within the timeout" carries no SQLSTATE of its own
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof SQLException sql && classify(sql.getSQLState()) == StorageException.Reason.UNREACHABLE) {
                return true;
            }
        }
        return false;
    }
}

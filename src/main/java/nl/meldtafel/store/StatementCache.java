package nl.meldtafel.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps prepared statements of one connection for reuse. The driver compiles every statement anew,
 * and with the schema's triggers compiling costs more than running: an alert write went from
 * ~1 ms to a fraction of that. The repositories keep their plain JDBC: {@code close()} on a handed-out
 * statement returns it here. Not thread-safe; {@link Database} serialises all use.
 */
final class StatementCache {

    private static final Logger LOG = LoggerFactory.getLogger(StatementCache.class);

    private static final int CAPACITY = 100;

    private final Connection connection;
    private final Connection view;
    private final Map<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            if (size() > CAPACITY && !eldest.getValue().inUse) {
                eldest.getValue().closeQuietly();
                return true;
            }
            return false;
        }
    };

    private static final class Entry {
        final PreparedStatement statement;
        final PreparedStatement handle;
        boolean inUse;

        Entry(PreparedStatement statement, PreparedStatement handle) {
            this.statement = statement;
            this.handle = handle;
        }

        void closeQuietly() {
            try {
                statement.close();
            } catch (SQLException e) {
                // closing the connection next releases it anyway
                LOG.debug("Cached statement not closed ({})", e.getClass().getSimpleName());
            }
        }
    }

    StatementCache(Connection connection) {
        this.connection = connection;
        this.view = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, this::onConnection);
    }

    /** The connection to hand to repository code: same behaviour, statements come from the cache. */
    Connection connection() {
        return view;
    }

    private Object onConnection(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null
                && (args.length == 1 || (args.length == 2 && args[1] instanceof Integer))) {
            return prepare((String) args[0], args.length == 2 ? (Integer) args[1] : null);
        }
        return invoke(connection, method, args);
    }

    private PreparedStatement prepare(String sql, Integer keys) throws SQLException {
        String key = keys == null ? sql : keys + ":" + sql;
        Entry e = entries.get(key);
        if (e != null && !e.inUse) {
            e.inUse = true;
            return e.handle;
        }
        PreparedStatement fresh = keys == null ? connection.prepareStatement(sql) : connection.prepareStatement(sql, keys);
        if (e != null) {
            return fresh; // the same SQL is still in use further up the stack: this one is not kept
        }
        Entry created = new Entry(fresh, handle(fresh, key));
        created.inUse = true;
        entries.put(key, created);
        return created.handle;
    }

    private PreparedStatement handle(PreparedStatement real, String key) {
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, new Handle(real, key));
    }

    /** What a handed-out statement does: as the driver's, except that closing returns it here. */
    private final class Handle implements InvocationHandler {
        private final PreparedStatement real;
        private final String key;
        /** The last result handed out; asking the driver for it again makes it read all column names anew. */
        private ResultSet result;

        Handle(PreparedStatement real, String key) {
            this.real = real;
            this.key = key;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "close" -> {
                    release();
                    return null;
                }
                case "isClosed" -> {
                    Entry e = entries.get(key);
                    return e == null || !e.inUse || real.isClosed();
                }
                case "getConnection" -> {
                    return view;
                }
                default -> {
                    Object returned = StatementCache.invoke(real, method, args);
                    if (returned instanceof ResultSet rs) {
                        result = rs;
                    }
                    return returned;
                }
            }
        }

        private void release() throws SQLException {
            ResultSet rs = result;
            result = null;
            Entry e = entries.get(key);
            if (e == null || e.statement != real) {
                real.close(); // evicted meanwhile
                return;
            }
            // a half-read result would keep its read snapshot open
            if (rs != null && !rs.isClosed()) {
                rs.close();
            }
            real.clearParameters();
            e.inUse = false;
        }
    }

    /** Closes every kept statement; call before closing the connection. */
    void closeAll() {
        List<Entry> all = new ArrayList<>(entries.values());
        entries.clear();
        all.forEach(Entry::closeQuietly);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}

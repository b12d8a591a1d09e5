package nl.meldtafel.store;

/** SQLite's plan for a query on a storage's own connection, one detail line per step. */
final class QueryPlans {

    private QueryPlans() {
    }

    static String of(Storage storage, String sql) {
        return storage.database().read("plan", c -> {
            StringBuilder sb = new StringBuilder();
            try (var st = c.createStatement(); var rs = st.executeQuery("EXPLAIN QUERY PLAN " + sql)) {
                while (rs.next()) {
                    sb.append(rs.getString(4)).append('\n');
                }
            }
            return sb.toString();
        });
    }
}

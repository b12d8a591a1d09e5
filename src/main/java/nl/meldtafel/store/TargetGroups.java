package nl.meldtafel.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.meldtafel.alert.TextChecks;

/** The target groups (beheerdersgroepen) alerts reference; the minimum the log and its filters need. */
public final class TargetGroups {

    private final Database db;

    TargetGroups(Database db) {
        this.db = db;
    }

    /** Adds a group; returns its id. */
    public long add(String name) {
        String clean = TextChecks.requireNonBlank("group name", name).strip();
        TextChecks.requireWellFormed("group name", clean);
        return db.write("Could not save group " + clean, c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO target_group (name) VALUES (?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, clean);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
    }

    /** Id to name, by id. */
    public Map<Long, String> all() {
        return db.read("Could not list groups", c -> {
            Map<Long, String> groups = new LinkedHashMap<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, name FROM target_group ORDER BY id")) {
                while (rs.next()) {
                    groups.put(rs.getLong(1), rs.getString(2));
                }
            }
            return groups;
        });
    }
}

package nl.meldtafel.store.postgres;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Draft;
import nl.meldtafel.alert.DraftRepository;
import nl.meldtafel.alert.TextChecks;

/** Drafts on the server, one per officer and template; saved when the desk saves, never per keystroke. */
final class PostgresDraftRepository implements DraftRepository {

    private final PgTransactor tx;

    PostgresDraftRepository(PgTransactor tx) {
        this.tx = tx;
    }

    @Override
    public void save(Draft d) {
        TextChecks.requireNonBlank("template id", d.templateId());
        TextChecks.requireWellFormed("draft values", d.valuesJson());
        tx.run("Could not save the draft", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO draft (officer_id, template_id, values_json, saved_at) "
                    + "VALUES (?, ?, ?, ?) ON CONFLICT (officer_id, template_id) "
                    + "DO UPDATE SET values_json = excluded.values_json, saved_at = excluded.saved_at")) {
                ps.setLong(1, d.officerId());
                ps.setString(2, d.templateId());
                ps.setString(3, d.valuesJson());
                ps.setLong(4, d.savedAt().toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<Draft> find(long officerId, String templateId) {
        List<Draft> found = query("WHERE officer_id = ? AND template_id = ?", officerId, templateId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<Draft> forOfficer(long officerId) {
        return query("WHERE officer_id = ? ORDER BY saved_at DESC", officerId);
    }

    private List<Draft> query(String where, Object... keys) {
        return tx.run("Could not load drafts", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT officer_id, template_id, values_json, saved_at FROM draft " + where)) {
                for (int i = 0; i < keys.length; i++) {
                    ps.setObject(i + 1, keys[i]);
                }
                List<Draft> drafts = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        drafts.add(new Draft(rs.getLong(1), rs.getString(2), rs.getString(3), Instant.ofEpochMilli(rs.getLong(4))));
                    }
                }
                return drafts;
            }
        });
    }

    @Override
    public void delete(long officerId, String templateId) {
        tx.run("Could not delete the draft", c -> {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM draft WHERE officer_id = ? AND template_id = ?")) {
                ps.setLong(1, officerId);
                ps.setString(2, templateId);
                ps.executeUpdate();
            }
            return null;
        });
    }
}

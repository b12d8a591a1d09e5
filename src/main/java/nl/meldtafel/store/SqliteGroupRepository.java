package nl.meldtafel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRepository;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.RegisterGroup;
import nl.meldtafel.groups.RowChange;

/** The register of beheerdersgroepen in SQLite. */
public final class SqliteGroupRepository implements GroupRepository {

    static final String GROUP_ORDER = " ORDER BY g.gemeente COLLATE NOCASE, g.wijk COLLATE NOCASE, g.name COLLATE NOCASE, g.id";

    private final Database db;

    public SqliteGroupRepository(Database db) {
        this.db = db;
    }

    @Override
    public List<RegisterGroup> groups() {
        return db.read("Could not load the group register", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM target_group g" + RowVersions.changedBy("g") + GROUP_ORDER)) {
                return groups(ps);
            }
        });
    }

    @Override
    public Optional<RegisterGroup> group(long id) {
        return db.read("Could not load group " + id, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM target_group g" + RowVersions.changedBy("g") + " WHERE id = ?")) {
                ps.setLong(1, id);
                return groups(ps).stream().findFirst();
            }
        });
    }

    private static List<RegisterGroup> groups(PreparedStatement ps) throws SQLException {
        List<RegisterGroup> list = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new RegisterGroup(rs.getLong("id"), rs.getString("name"), rs.getString("wijk"),
                        rs.getString("gemeente"), rs.getInt("active") == 1, rs.getString("notes"),
                        RowVersions.read(rs)));
            }
        }
        return list;
    }

    @Override
    public long insertGroup(GroupInput g) {
        return db.write("Could not add group " + g.name(), c -> insert(c,
                "INSERT INTO target_group (name, wijk, gemeente, active, notes) VALUES (?, ?, ?, ?, ?)",
                g.name(), g.wijk(), g.gemeente(), g.active() ? 1 : 0, g.notes()));
    }

    @Override
    public boolean updateGroup(long id, GroupInput g, RowChange change) {
        return db.write("Could not change group " + id, c -> exec(c, RowVersions.update("target_group",
                "name = ?, wijk = ?, gemeente = ?, active = ?, notes = ?", change),
                RowVersions.values(change, id, g.name(), g.wijk(), g.gemeente(), g.active() ? 1 : 0, g.notes())) == 1);
    }

    @Override
    public void deleteGroup(long id) {
        db.write("Could not delete group " + id, c -> {
            exec(c, "DELETE FROM neighbourhood_group WHERE target_group_id = ?", id);
            return one(c, "DELETE FROM target_group WHERE id = ?", id);
        });
    }

    @Override
    public boolean hasAlerts(long groupId) {
        return db.read("Could not check the alerts of group " + groupId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM alert_group WHERE group_id = ?)")) {
                ps.setLong(1, groupId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getInt(1) == 1;
                }
            }
        });
    }

    @Override
    public List<NeighbourhoodGroup> neighbourhoodGroups() {
        return db.read("Could not load the neighbourhood groups", c -> {
            Map<Long, Administrator> people = new HashMap<>();
            administrators(c).forEach(a -> people.put(a.id(), a));
            Map<Long, List<Administrator>> runBy = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT neighbourhood_group_id, administrator_id "
                    + "FROM neighbourhood_admin ORDER BY neighbourhood_group_id, position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    runBy.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(people.get(rs.getLong(2)));
                }
            }
            List<NeighbourhoodGroup> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM neighbourhood_group n" + RowVersions.changedBy("n")
                    + " ORDER BY name COLLATE NOCASE, id"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong("id");
                    list.add(new NeighbourhoodGroup(id, rs.getLong("target_group_id"), rs.getString("name"),
                            rs.getString("wijk"), rs.getString("gemeente"), rs.getString("source_key"), runBy.getOrDefault(id, List.of()),
                            RowVersions.read(rs)));
                }
            }
            return list;
        });
    }

    @Override
    public long insertNeighbourhoodGroup(long targetGroupId, NeighbourhoodInput n) {
        return db.write("Could not add neighbourhood group " + n.name(), c -> insert(c, "INSERT INTO neighbourhood_group "
                + "(target_group_id, name, wijk, gemeente, match_key, source_key) VALUES (?, ?, ?, ?, ?, ?)",
                targetGroupId, n.name(), n.wijk(), n.gemeente(), n.matchKey(), n.sourceKey()));
    }

    @Override
    public boolean updateNeighbourhoodGroup(long id, long targetGroupId, NeighbourhoodInput n, RowChange change) {
        return db.write("Could not change neighbourhood group " + id, c -> exec(c, RowVersions.update("neighbourhood_group",
                "target_group_id = ?, name = ?, wijk = ?, gemeente = ?, match_key = ?, source_key = ?", change),
                RowVersions.values(change, id, targetGroupId, n.name(), n.wijk(), n.gemeente(), n.matchKey(), n.sourceKey())) == 1);
    }

    @Override
    public void deleteNeighbourhoodGroup(long id) {
        db.write("Could not delete neighbourhood group " + id, c -> one(c, "DELETE FROM neighbourhood_group WHERE id = ?", id));
    }

    @Override
    public List<Administrator> administrators() {
        return db.read("Could not load the administrators", SqliteGroupRepository::administrators);
    }

    private static List<Administrator> administrators(Connection c) throws SQLException {
        List<Administrator> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM administrator a" + RowVersions.changedBy("a") + " ORDER BY name COLLATE NOCASE, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new Administrator(rs.getLong("id"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                        RowVersions.read(rs)));
            }
        }
        return list;
    }

    @Override
    public long insertAdministrator(AdministratorInput p) {
        return db.write("Could not add administrator", c -> insert(c,
                "INSERT INTO administrator (name, phone, email) VALUES (?, ?, ?)", p.name(), p.phone(), p.email()));
    }

    @Override
    public boolean updateAdministrator(long id, AdministratorInput p, RowChange change) {
        return db.write("Could not change administrator " + id, c -> exec(c, RowVersions.update("administrator",
                "name = ?, phone = ?, email = ?", change), RowVersions.values(change, id, p.name(), p.phone(), p.email())) == 1);
    }

    @Override
    public void setAdministrators(long neighbourhoodGroupId, List<Long> administratorIds) {
        db.write("Could not change the administrators of neighbourhood group " + neighbourhoodGroupId, c -> {
            exec(c, "DELETE FROM neighbourhood_admin WHERE neighbourhood_group_id = ?", neighbourhoodGroupId);
            int position = 0;
            for (long admin : administratorIds.stream().distinct().toList()) {
                exec(c, "INSERT INTO neighbourhood_admin (neighbourhood_group_id, administrator_id, position) VALUES (?, ?, ?)",
                        neighbourhoodGroupId, admin, position++);
            }
            return null;
        });
    }

    @Override
    public int deleteAdministratorsWithoutGroup() {
        return db.write("Could not remove administrators without a group", c -> exec(c, "DELETE FROM administrator "
                + "WHERE id NOT IN (SELECT administrator_id FROM neighbourhood_admin)"));
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql + " RETURNING id")) {
            bind(ps, values);
            try (ResultSet keys = ps.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Void one(Connection c, String sql, Object... values) throws SQLException {
        if (exec(c, sql, values) != 1) {
            throw new IllegalArgumentException("No such entry in the register (id " + values[values.length - 1] + ")");
        }
        return null;
    }

    static int exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            return ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}

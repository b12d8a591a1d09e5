package nl.meldtafel.fake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import nl.meldtafel.alert.RowVersion;
import nl.meldtafel.groups.Administrator;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupRepository;
import nl.meldtafel.groups.NeighbourhoodGroup;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.RegisterGroup;
import nl.meldtafel.groups.RowChange;

/** The register's tables as maps, in the orders the SQL repository gives; {@link #copy} and {@link #restore} roll back. */
final class InMemoryGroupRepository implements GroupRepository {

    private static final Comparator<RegisterGroup> GROUP_ORDER = Comparator.comparing(RegisterGroup::gemeente, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(RegisterGroup::wijk, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(RegisterGroup::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(RegisterGroup::id);

    /** One neighbourhood group row, without its administrators. */
    private record Row(long target, NeighbourhoodInput values, RowVersion version) {
    }

    /** A new row, as the tables' defaults make it. */
    private static final RowVersion FIRST = new RowVersion(1, Optional.empty(), Optional.empty());

    private final LongPredicate hasAlerts;
    private final LongFunction<Optional<String>> officerName;
    private Map<Long, RegisterGroup> groups = new LinkedHashMap<>();
    private Map<Long, Row> neighbourhoods = new LinkedHashMap<>();
    private Map<Long, Administrator> people = new LinkedHashMap<>();
    private Map<Long, List<Long>> runBy = new LinkedHashMap<>();
    private long nextId = 1;

    /**
     * @param hasAlerts   whether any alert was addressed to a group, from the alerts beside this register
     * @param officerName who changed a row, as the stored register names them
     */
    InMemoryGroupRepository(LongPredicate hasAlerts, LongFunction<Optional<String>> officerName) {
        this.hasAlerts = hasAlerts;
        this.officerName = officerName;
    }

    InMemoryGroupRepository copy() {
        InMemoryGroupRepository c = new InMemoryGroupRepository(hasAlerts, officerName);
        c.restore(this);
        return c;
    }

    void restore(InMemoryGroupRepository from) {
        groups = new LinkedHashMap<>(from.groups);
        neighbourhoods = new LinkedHashMap<>(from.neighbourhoods);
        people = new LinkedHashMap<>(from.people);
        runBy = new LinkedHashMap<>(from.runBy);
        nextId = from.nextId;
    }

    @Override
    public List<RegisterGroup> groups() {
        return groups.values().stream().sorted(GROUP_ORDER).toList();
    }

    @Override
    public Optional<RegisterGroup> group(long id) {
        return Optional.ofNullable(groups.get(id));
    }

    @Override
    public long insertGroup(GroupInput g) {
        long id = nextId++;
        groups.put(id, new RegisterGroup(id, g.name(), g.wijk(), g.gemeente(), g.active(), g.notes(), FIRST));
        return id;
    }

    @Override
    public boolean updateGroup(long id, GroupInput g, RowChange change) {
        RegisterGroup was = groups.get(id);
        if (!at(was == null ? null : was.version(), change)) {
            return false;
        }
        groups.put(id, new RegisterGroup(id, g.name(), g.wijk(), g.gemeente(), g.active(), g.notes(), next(was.version(), change)));
        return true;
    }

    /** Whether a row exists and is at the version the change is based on (any, for an unchecked change). */
    private static boolean at(RowVersion row, RowChange change) {
        return row != null && (change.basedOn() == null || row.number() == change.basedOn());
    }

    private RowVersion next(RowVersion row, RowChange change) {
        return new RowVersion(row.number() + 1, Optional.of(change.at()),
                change.officerId() == null ? Optional.empty() : officerName.apply(change.officerId()));
    }

    @Override
    public void deleteGroup(long id) {
        requireRow(groups.containsKey(id), id);
        if (hasAlerts(id)) {
            throw new IllegalStateException("Group " + id + " received alerts and stays in the log");
        }
        neighbourhoods.entrySet().removeIf(e -> e.getValue().target() == id);
        runBy.keySet().retainAll(neighbourhoods.keySet());
        groups.remove(id);
    }

    @Override
    public boolean hasAlerts(long groupId) {
        return hasAlerts.test(groupId);
    }

    @Override
    public List<NeighbourhoodGroup> neighbourhoodGroups() {
        List<NeighbourhoodGroup> list = new ArrayList<>();
        neighbourhoods.forEach((id, row) -> list.add(new NeighbourhoodGroup(id, row.target(), row.values().name(),
                row.values().wijk(), row.values().gemeente(), row.values().sourceKey(),
                runBy.getOrDefault(id, List.of()).stream().map(people::get).toList(), row.version())));
        list.sort(Comparator.comparing(NeighbourhoodGroup::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(NeighbourhoodGroup::id));
        return list;
    }

    @Override
    public long insertNeighbourhoodGroup(long targetGroupId, NeighbourhoodInput n) {
        long id = nextId++;
        neighbourhoods.put(id, new Row(targetGroupId, n, FIRST));
        return id;
    }

    @Override
    public boolean updateNeighbourhoodGroup(long id, long targetGroupId, NeighbourhoodInput n, RowChange change) {
        Row was = neighbourhoods.get(id);
        if (!at(was == null ? null : was.version(), change)) {
            return false;
        }
        neighbourhoods.put(id, new Row(targetGroupId, n, next(was.version(), change)));
        return true;
    }

    @Override
    public void deleteNeighbourhoodGroup(long id) {
        requireRow(neighbourhoods.remove(id) != null, id);
        runBy.remove(id);
    }

    @Override
    public List<Administrator> administrators() {
        return people.values().stream().sorted(Comparator.comparing(Administrator::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparingLong(Administrator::id)).toList();
    }

    @Override
    public long insertAdministrator(AdministratorInput p) {
        long id = nextId++;
        people.put(id, new Administrator(id, p.name(), p.phone(), p.email(), FIRST));
        return id;
    }

    @Override
    public boolean updateAdministrator(long id, AdministratorInput p, RowChange change) {
        Administrator was = people.get(id);
        if (!at(was == null ? null : was.version(), change)) {
            return false;
        }
        people.put(id, new Administrator(id, p.name(), p.phone(), p.email(), next(was.version(), change)));
        return true;
    }

    @Override
    public void setAdministrators(long neighbourhoodGroupId, List<Long> administratorIds) {
        runBy.put(neighbourhoodGroupId, administratorIds.stream().distinct().toList());
    }

    @Override
    public int deleteAdministratorsWithoutGroup() {
        Set<Long> running = new HashSet<>();
        runBy.values().forEach(running::addAll);
        int before = people.size();
        people.keySet().retainAll(running);
        return before - people.size();
    }

    private static void requireRow(boolean present, long id) {
        if (!present) {
            throw new IllegalArgumentException("No such entry in the register (id " + id + ")");
        }
    }
}

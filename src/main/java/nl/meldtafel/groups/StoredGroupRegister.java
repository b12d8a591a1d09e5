package nl.meldtafel.groups;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertQuery;
import nl.meldtafel.alert.AlertService;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.AuditLog;
import nl.meldtafel.alert.ChangedMeanwhileException;
import nl.meldtafel.alert.ChangedMeanwhileException.Subject;
import nl.meldtafel.alert.OsAccount;
import nl.meldtafel.alert.RegisterFacts;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.Permission;
import nl.meldtafel.alert.PermissionCheck;
import nl.meldtafel.alert.RowVersion;
import nl.meldtafel.alert.Transactor;
import nl.meldtafel.i18n.Texts;

/**
 * The register of beheerdersgroepen: search, detail, edits, import and export. Each change is one
 * transaction; calls block, so run them off the FX thread.
 */
public final class StoredGroupRegister implements GroupRegister {

    private final Transactor tx;
    private final GroupRepository repo;
    private final AlertService alerts;
    private final AuditLog audit;
    private final Clock clock;
    private final PermissionCheck permissions;

    public StoredGroupRegister(Transactor tx, GroupRepository repo, AlertService alerts, AuditLog audit, Clock clock,
                               PermissionCheck permissions) {
        this.tx = tx;
        this.repo = repo;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
        this.permissions = permissions;
    }

    /** One change to the register by {@code by} in one transaction, with the chain entries that record it. */
    private <T> T changing(String action, Actor by, Supplier<T> work) {
        permissions.require(by, Permission.REGISTER);
        return tx.inTransaction(action, () -> {
            RegisterFacts before = facts();
            T result = work.get();
            before.changesTo(facts(), clock.instant(), by == null ? null : by.officer(),
                    by == null ? OsAccount.current() : by.osAccount()).forEach(audit::append);
            return result;
        });
    }

    /** What the chain keeps of the register: names, gemeenten, active, and who runs which group. */
    private RegisterFacts facts() {
        Map<Long, RegisterFacts.Group> groups = new HashMap<>();
        repo.groups().forEach(g -> groups.put(g.id(), new RegisterFacts.Group(g.name(), g.gemeente(), g.active())));
        Set<RegisterFacts.AdminLink> links = new HashSet<>();
        repo.neighbourhoodGroups().forEach(n -> n.administrators().forEach(
                a -> links.add(new RegisterFacts.AdminLink(n.id(), a.id(), n.targetGroupId()))));
        return new RegisterFacts(groups, links);
    }

    @Override
    public List<GroupListItem> search(String text, boolean includeInactive) {
        List<NeighbourhoodGroup> neighbourhoods = repo.neighbourhoodGroups();
        Map<Long, List<NeighbourhoodGroup>> byGroup = new HashMap<>();
        neighbourhoods.forEach(n -> byGroup.computeIfAbsent(n.targetGroupId(), k -> new ArrayList<>()).add(n));
        String[] words = Names.key(text).isEmpty() ? new String[0] : Names.key(text).split(" ");
        List<GroupListItem> items = new ArrayList<>();
        for (RegisterGroup g : repo.groups()) {
            List<NeighbourhoodGroup> own = byGroup.getOrDefault(g.id(), List.of());
            if (!includeInactive && !g.active() || !matches(g, own, words)) {
                continue;
            }
            Set<Long> people = new HashSet<>();
            own.forEach(n -> n.administrators().forEach(a -> people.add(a.id())));
            items.add(new GroupListItem(g, own.size(), people.size()));
        }
        return items;
    }

    private static boolean matches(RegisterGroup g, List<NeighbourhoodGroup> own, String[] words) {
        StringBuilder haystack = new StringBuilder(String.join(" ", g.name(), g.wijk(), g.gemeente(), g.notes()));
        for (NeighbourhoodGroup n : own) {
            haystack.append(' ').append(n.name()).append(' ').append(n.wijk());
            n.administrators().forEach(a -> haystack.append(' ').append(a.name()).append(' ').append(a.email())
                    .append(' ').append(a.phone()).append(' ').append(a.phone().replaceAll("\\D", "")));
        }
        String key = " " + Names.key(haystack.toString()) + " ";
        for (String w : words) {
            if (!key.contains(w)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public GroupDetail detail(long groupId) {
        RegisterGroup g = require(groupId);
        return new GroupDetail(g, repo.neighbourhoodGroups().stream().filter(n -> n.targetGroupId() == groupId).toList());
    }

    /** The alerts a group received, newest first, a page at a time ({@code after} null for the first page). */
    @Override
    public Page<AlertRow> alertsReceived(long groupId, LogCursor after) {
        return alerts.search(AlertQuery.all().group(groupId).after(after));
    }

    @Override
    public List<GroupRef> refs() {
        return repo.groups().stream().map(RegisterGroup::ref).toList();
    }

    /** Distinct gemeenten in the register, for filters. */
    @Override
    public List<String> gemeenten() {
        return repo.groups().stream().map(RegisterGroup::gemeente).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Distinct wijken of a gemeente in the register, for filters. */
    @Override
    public List<String> wijken(String gemeente) {
        return repo.groups().stream().filter(g -> Names.key(g.gemeente()).equals(Names.key(gemeente)))
                .map(RegisterGroup::wijk).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @Override
    public long addGroup(GroupInput group, Actor by) {
        return changing("Could not add group " + group.name(), by, () -> {
            refuseDuplicate(null, group);
            return repo.insertGroup(group);
        });
    }

    @Override
    public void updateGroup(long id, long basedOn, GroupInput group, Actor by) {
        changing("Could not change group " + id, by, () -> {
            changeChecked(Subject.GROUP, id, basedOn, () -> require(id).version(), () -> {
                refuseDuplicate(id, group);
                return repo.updateGroup(id, group, RowChange.by(by, clock.instant(), basedOn));
            });
            return null;
        });
    }

    /**
     * Writes only a row still at the version the officer's form was loaded with: checked before the other
     * rules, so a stale form hears that first, and again by the write itself, which on a server finds
     * nothing when another desk committed in between.
     */
    private static void changeChecked(Subject subject, long id, long basedOn, Supplier<RowVersion> current, BooleanSupplier write) {
        RowVersion found = current.get();
        if (found.number() != basedOn || !write.getAsBoolean()) {
            throw new ChangedMeanwhileException(subject, id, basedOn, found.number() != basedOn ? found : current.get());
        }
    }

    private void refuseDuplicate(Long id, GroupInput g) {
        boolean taken = repo.groups().stream().anyMatch(o -> (id == null || o.id() != id)
                && Names.key(o.name()).equals(Names.key(g.name())) && Names.key(o.gemeente()).equals(Names.key(g.gemeente())));
        if (taken) {
            throw new IllegalArgumentException(Texts.get("groups.error.duplicateName", g.name(), g.gemeente()));
        }
    }

    /** A group no longer posted in stays in the register (and the log) but leaves the pickers. */
    @Override
    public void setActive(long id, long basedOn, boolean active, Actor by) {
        changing("Could not change group " + id, by, () -> {
            RegisterGroup g = require(id);
            changeChecked(Subject.GROUP, id, basedOn, () -> require(id).version(), () -> repo.updateGroup(id,
                    new GroupInput(g.name(), g.wijk(), g.gemeente(), active, g.notes()), RowChange.by(by, clock.instant(), basedOn)));
            return null;
        });
    }

    /** Deletes a group entered by mistake; one that ever had an alert can only be deactivated. */
    @Override
    public void delete(long id, Actor by) {
        changing("Could not delete group " + id, by, () -> {
            require(id);
            if (repo.hasAlerts(id)) {
                throw new IllegalStateException(Texts.get("groups.error.hasAlerts"));
            }
            repo.deleteGroup(id);
            repo.deleteAdministratorsWithoutGroup();
            return null;
        });
    }

    @Override
    public boolean canDelete(long id) {
        return !repo.hasAlerts(id);
    }

    @Override
    public long addNeighbourhoodGroup(long groupId, NeighbourhoodInput n, Actor by) {
        return changing("Could not add neighbourhood group " + n.name(), by, () -> {
            require(groupId);
            refuseDuplicate(null, n);
            return repo.insertNeighbourhoodGroup(groupId, n);
        });
    }

    /** Changes a neighbourhood group, or moves it to another beheerdersgroep. */
    @Override
    public void updateNeighbourhoodGroup(long id, long basedOn, long groupId, NeighbourhoodInput n, Actor by) {
        changing("Could not change neighbourhood group " + n.name(), by, () -> {
            require(groupId);
            changeChecked(Subject.NEIGHBOURHOOD_GROUP, id, basedOn, () -> requireNeighbourhood(id).version(), () -> {
                refuseDuplicate(id, n);
                return repo.updateNeighbourhoodGroup(id, groupId, n, RowChange.by(by, clock.instant(), basedOn));
            });
            return null;
        });
    }

    private void refuseDuplicate(Long id, NeighbourhoodInput n) {
        if (repo.neighbourhoodGroups().stream().anyMatch(o -> (id == null || o.id() != id) && o.matchKey().equals(n.matchKey()))) {
            throw new IllegalArgumentException(Texts.get("groups.error.duplicateNeighbourhood", n.name(), n.gemeente()));
        }
    }

    @Override
    public void removeNeighbourhoodGroup(long id, Actor by) {
        changing("Could not remove neighbourhood group " + id, by, () -> {
            repo.deleteNeighbourhoodGroup(id);
            repo.deleteAdministratorsWithoutGroup();
            return null;
        });
    }

    @Override
    public long addAdministrator(long neighbourhoodGroupId, AdministratorInput person, Actor by) {
        return changing("Could not add administrator", by, () -> {
            NeighbourhoodGroup n = requireNeighbourhood(neighbourhoodGroupId);
            long id = repo.administrators().stream().filter(a -> samePerson(a, person)).map(Administrator::id)
                    .findFirst().orElseGet(() -> repo.insertAdministrator(person));
            List<Long> ids = new ArrayList<>(n.administrators().stream().map(Administrator::id).toList());
            if (!ids.contains(id)) {
                ids.add(id);
            }
            repo.setAdministrators(neighbourhoodGroupId, ids);
            return id;
        });
    }

    private static boolean samePerson(Administrator a, AdministratorInput p) {
        String phone = PhoneNumbers.matchKey(p.phone());
        return !phone.isEmpty() && phone.equals(PhoneNumbers.matchKey(a.phone()))
                || !p.email().isEmpty() && p.email().equals(a.email());
    }

    /** Changes a person's details everywhere they are administrator. */
    @Override
    public void updateAdministrator(long id, long basedOn, AdministratorInput person, Actor by) {
        changing("Could not change administrator " + id, by, () -> {
            changeChecked(Subject.ADMINISTRATOR, id, basedOn, () -> requireAdministrator(id).version(),
                    () -> repo.updateAdministrator(id, person, RowChange.by(by, clock.instant(), basedOn)));
            return null;
        });
    }

    /** Takes a person off a neighbourhood group; someone who runs no group any more is removed entirely. */
    @Override
    public void removeAdministrator(long neighbourhoodGroupId, long administratorId, Actor by) {
        changing("Could not remove administrator " + administratorId, by, () -> {
            NeighbourhoodGroup n = requireNeighbourhood(neighbourhoodGroupId);
            repo.setAdministrators(neighbourhoodGroupId, n.administrators().stream().map(Administrator::id)
                    .filter(a -> a != administratorId).toList());
            repo.deleteAdministratorsWithoutGroup();
            return null;
        });
    }

    @Override
    public ImportPreview previewImport(java.nio.file.Path file, String defaultGemeente, ImportProgress progress)
            throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (java.nio.file.Files.size(file) > CsvText.MAX_BYTES) {
            throw new ImportFileException(name, "tooLarge", CsvText.MAX_BYTES / (1024 * 1024));
        }
        return previewImport(name, java.nio.file.Files.readAllBytes(file), defaultGemeente, progress);
    }

    @Override
    public ImportPreview previewImport(String fileName, byte[] csv, String defaultGemeente) {
        return previewImport(fileName, csv, defaultGemeente, ImportProgress.NONE);
    }

    private ImportPreview previewImport(String fileName, byte[] csv, String defaultGemeente, ImportProgress progress) {
        RegisterSnapshot snapshot = RegisterSnapshot.of(repo);
        Map<String, Set<String>> known = new HashMap<>();
        snapshot.groups().forEach(g -> addWijk(known, g.gemeente(), g.wijk()));
        snapshot.neighbourhoods().forEach(n -> addWijk(known, n.gemeente(), n.wijk()));
        try {
            List<String> gemeenten = snapshot.groups().stream().map(RegisterGroup::gemeente).filter(g -> !g.isEmpty()).toList();
            ImportPreview preview = ImportPlanner.plan(snapshot,
                    RegisterCsvReader.read(csv, defaultGemeente, known, gemeenten, progress), progress);
            progress.at(1);
            return preview;
        } catch (ImportFileException.Reason refused) {
            throw refused.forFile(fileName);
        }
    }

    private static void addWijk(Map<String, Set<String>> known, String gemeente, String wijk) {
        if (!wijk.isEmpty()) {
            known.computeIfAbsent(Names.key(gemeente), k -> new HashSet<>()).add(wijk);
        }
    }

    @Override
    public ImportResult applyImport(ImportPreview preview, Actor by) {
        return changing("Could not import the group register", by, () -> {
            if (!RegisterSnapshot.of(repo).equals(preview.basis())) {
                throw new IllegalStateException(Texts.get("groups.import.stale"));
            }
            ImportPlan plan = preview.plan();
            List<Long> groupIds = new ArrayList<>();
            for (GroupInput g : plan.newGroups) {
                groupIds.add(repo.insertGroup(g));
            }
            Map<Integer, Long> personIds = new HashMap<>();
            for (ImportPlan.PlannedNeighbourhood n : plan.neighbourhoods) {
                if (!n.write) {
                    continue;
                }
                long target = n.newGroupIndex >= 0 ? groupIds.get(n.newGroupIndex) : n.targetGroupId;
                long id = n.existingId == null ? repo.insertNeighbourhoodGroup(target, n.values) : n.existingId;
                if (n.existingId != null) {
                    imported(repo.updateNeighbourhoodGroup(id, target, n.values, RowChange.unchecked(clock.instant())));
                }
                List<Long> people = new ArrayList<>();
                for (int i : n.people) {
                    people.add(personIds.computeIfAbsent(i, k -> writePerson(plan.people.get(k))));
                }
                repo.setAdministrators(id, people);
            }
            for (int i = 0; i < plan.people.size(); i++) {
                ImportPlan.PlannedPerson p = plan.people.get(i);
                if (p.update && !personIds.containsKey(i)) {
                    personIds.put(i, writePerson(p));
                }
            }
            repo.deleteAdministratorsWithoutGroup();
            return new ImportResult(preview.count(ImportRow.Action.ADD), preview.count(ImportRow.Action.CHANGE),
                    plan.newGroups.size());
        });
    }

    private long writePerson(ImportPlan.PlannedPerson p) {
        if (p.existingId == null) {
            return repo.insertAdministrator(p.values);
        }
        if (p.update) {
            imported(repo.updateAdministrator(p.existingId, p.values, RowChange.unchecked(clock.instant())));
        }
        return p.existingId;
    }

    /** The preview found the row; the import runs in one transaction, so only a changed register loses it. */
    private static void imported(boolean written) {
        if (!written) {
            throw new IllegalStateException(Texts.get("groups.import.stale"));
        }
    }

    /** The register as CSV for Excel: ';' separated, UTF-8 with BOM, one line per neighbourhood group. */
    @Override
    public void exportCsv(OutputStream out) throws IOException {
        RegisterCsvWriter.write(repo.groups(), repo.neighbourhoodGroups(), out);
    }

    private RegisterGroup require(long id) {
        return repo.group(id).orElseThrow(() -> new IllegalArgumentException("There is no group " + id));
    }

    private Administrator requireAdministrator(long id) {
        return repo.administrators().stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no administrator " + id));
    }

    private NeighbourhoodGroup requireNeighbourhood(long id) {
        return repo.neighbourhoodGroups().stream().filter(n -> n.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no neighbourhood group " + id));
    }
}

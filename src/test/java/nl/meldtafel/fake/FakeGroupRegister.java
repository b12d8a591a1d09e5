package nl.meldtafel.fake;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.AlertRow;
import nl.meldtafel.alert.LogCursor;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.Page;
import nl.meldtafel.alert.Transactor;
import nl.meldtafel.groups.AdministratorInput;
import nl.meldtafel.groups.GroupDetail;
import nl.meldtafel.groups.GroupInput;
import nl.meldtafel.groups.GroupListItem;
import nl.meldtafel.groups.GroupRef;
import nl.meldtafel.groups.GroupRegister;
import nl.meldtafel.groups.ImportPreview;
import nl.meldtafel.groups.ImportProgress;
import nl.meldtafel.groups.ImportResult;
import nl.meldtafel.groups.NeighbourhoodInput;
import nl.meldtafel.groups.RegisterGroup;
import nl.meldtafel.groups.StoredGroupRegister;

/**
 * The register in memory, for testing a view alone. The register's rules (duplicate names, reusing an
 * administrator, import planning) are the stored service's own, run over maps instead of tables, so they
 * are not copied here; {@link GroupRegisterContractTest} keeps the two alike. A failed change leaves nothing
 * behind, as a rolled-back transaction does. Alerts come from the {@link FakeAlertService} beside it.
 */
public final class FakeGroupRegister implements GroupRegister {

    private final InMemoryGroupRepository tables;
    private final GroupRegister rules;

    public FakeGroupRegister(FakeAlertService alerts, Clock clock) {
        this.tables = new InMemoryGroupRepository(alerts::addressed, id -> alerts.officer(id).map(Officer::name));
        this.rules = new StoredGroupRegister(new RollingBack(), tables, alerts, new UnrecordedAudit(), clock, (by, permission) -> { });
        alerts.placeGroupsWith(id -> tables.group(id).map(RegisterGroup::ref));
    }

    /** The groups as the log and the checklist see them, in register order (gemeente, wijk, name). */
    @Override
    public synchronized List<GroupRef> refs() {
        return tables.groups().stream().map(RegisterGroup::ref).toList();
    }

    public synchronized Optional<GroupRef> ref(long id) {
        return tables.group(id).map(RegisterGroup::ref);
    }

    /** All or nothing: the tables are put back as they were when the work fails. */
    private final class RollingBack implements Transactor {
        private int depth;

        @Override
        public <T> T inTransaction(String action, java.util.function.Supplier<T> work) {
            synchronized (FakeGroupRegister.this) {
                InMemoryGroupRepository before = depth == 0 ? tables.copy() : null;
                depth++;
                try {
                    return work.get();
                } catch (RuntimeException e) {
                    if (before != null) {
                        tables.restore(before);
                    }
                    throw e;
                } finally {
                    depth--;
                }
            }
        }
    }

    @Override
    public synchronized List<GroupListItem> search(String text, boolean includeInactive) {
        return rules.search(text, includeInactive);
    }

    @Override
    public synchronized GroupDetail detail(long groupId) {
        return rules.detail(groupId);
    }

    @Override
    public synchronized Page<AlertRow> alertsReceived(long groupId, LogCursor after) {
        return rules.alertsReceived(groupId, after);
    }

    @Override
    public synchronized List<String> gemeenten() {
        return rules.gemeenten();
    }

    @Override
    public synchronized List<String> wijken(String gemeente) {
        return rules.wijken(gemeente);
    }

    @Override
    public synchronized long addGroup(GroupInput group, Actor by) {
        return rules.addGroup(group, by);
    }

    @Override
    public synchronized void updateGroup(long id, long basedOn, GroupInput group, Actor by) {
        rules.updateGroup(id, basedOn, group, by);
    }

    @Override
    public synchronized void setActive(long id, long basedOn, boolean active, Actor by) {
        rules.setActive(id, basedOn, active, by);
    }

    @Override
    public synchronized void delete(long id, Actor by) {
        rules.delete(id, by);
    }

    @Override
    public synchronized boolean canDelete(long id) {
        return rules.canDelete(id);
    }

    @Override
    public synchronized long addNeighbourhoodGroup(long groupId, NeighbourhoodInput n, Actor by) {
        return rules.addNeighbourhoodGroup(groupId, n, by);
    }

    @Override
    public synchronized void updateNeighbourhoodGroup(long id, long basedOn, long groupId, NeighbourhoodInput n, Actor by) {
        rules.updateNeighbourhoodGroup(id, basedOn, groupId, n, by);
    }

    @Override
    public synchronized void removeNeighbourhoodGroup(long id, Actor by) {
        rules.removeNeighbourhoodGroup(id, by);
    }

    @Override
    public synchronized long addAdministrator(long neighbourhoodGroupId, AdministratorInput person, Actor by) {
        return rules.addAdministrator(neighbourhoodGroupId, person, by);
    }

    @Override
    public synchronized void updateAdministrator(long id, long basedOn, AdministratorInput person, Actor by) {
        rules.updateAdministrator(id, basedOn, person, by);
    }

    @Override
    public synchronized void removeAdministrator(long neighbourhoodGroupId, long administratorId, Actor by) {
        rules.removeAdministrator(neighbourhoodGroupId, administratorId, by);
    }

    @Override
    public synchronized ImportPreview previewImport(Path file, String defaultGemeente, ImportProgress progress)
            throws IOException {
        return rules.previewImport(file, defaultGemeente, progress);
    }

    @Override
    public synchronized ImportPreview previewImport(String fileName, byte[] csv, String defaultGemeente) {
        return rules.previewImport(fileName, csv, defaultGemeente);
    }

    @Override
    public synchronized ImportResult applyImport(ImportPreview preview, Actor by) {
        return rules.applyImport(preview, by);
    }

    @Override
    public synchronized void exportCsv(OutputStream out) throws IOException {
        rules.exportCsv(out);
    }
}

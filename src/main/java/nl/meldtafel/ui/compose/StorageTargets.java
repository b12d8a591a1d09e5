package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.store.Storage;
import nl.meldtafel.template.MessageKind;
import nl.meldtafel.ui.common.StorageAccess;

import java.util.Optional;

/** Targets from the register in the open database; without a database there are no groups to offer. */
public final class StorageTargets implements Targets {

    private final StorageAccess storage;

    public StorageTargets(StorageAccess storage) {
        this.storage = storage;
    }

    @Override
    public TargetOptions options() {
        Optional<Storage> open = storage.current();
        return open.isEmpty() ? NONE.options() : open.get().targeting().options();
    }

    @Override
    public TargetChoice defaultFor(MessageKind kind) {
        Optional<Storage> open = storage.current();
        return open.isEmpty() ? NONE.defaultFor(kind) : open.get().targeting().defaultFor(kind);
    }

    @Override
    public TargetChoice defaultForFollowUp(long originalAlertId) {
        Optional<Storage> open = storage.current();
        return open.isEmpty() ? NONE.defaultForFollowUp(originalAlertId) : open.get().targeting().defaultForFollowUp(originalAlertId);
    }

    @Override
    public Checklist checklist(long alertId) {
        return storage.require().pasteChecklist().checklist(alertId);
    }

    @Override
    public Checklist tick(long alertId, long groupId, Officer officer) {
        if (officer == null) {
            throw new IllegalStateException("No officer at the desk");
        }
        return storage.require().pasteChecklist().tick(alertId, groupId, Actor.of(officer));
    }
}

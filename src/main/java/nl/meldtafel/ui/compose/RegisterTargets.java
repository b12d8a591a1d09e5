package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Actor;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.groups.GroupTargeting;
import nl.meldtafel.groups.PasteChecklist;
import nl.meldtafel.store.StorageUnavailableException;
import nl.meldtafel.template.MessageKind;

import java.util.function.Supplier;

/** Targets from the register in the log; while the log is not open there are no groups to offer. */
public final class RegisterTargets implements Targets {

    private final GroupTargeting targeting;
    private final PasteChecklist checklist;

    public RegisterTargets(GroupTargeting targeting, PasteChecklist checklist) {
        this.targeting = targeting;
        this.checklist = checklist;
    }

    @Override
    public TargetOptions options() {
        return orNone(targeting::options, NONE::options);
    }

    @Override
    public TargetChoice defaultFor(MessageKind kind) {
        return orNone(() -> targeting.defaultFor(kind), () -> NONE.defaultFor(kind));
    }

    @Override
    public TargetChoice defaultForFollowUp(long originalAlertId) {
        return orNone(() -> targeting.defaultForFollowUp(originalAlertId), () -> NONE.defaultForFollowUp(originalAlertId));
    }

    private static <T> T orNone(Supplier<T> fromRegister, Supplier<T> none) {
        try {
            return fromRegister.get();
        } catch (StorageUnavailableException notOpen) {
            return none.get();
        }
    }

    @Override
    public Checklist checklist(long alertId) {
        return checklist.checklist(alertId);
    }

    @Override
    public Checklist tick(long alertId, long groupId, Officer officer) {
        if (officer == null) {
            throw new IllegalStateException("No officer at the desk");
        }
        return checklist.tick(alertId, groupId, Actor.of(officer));
    }
}

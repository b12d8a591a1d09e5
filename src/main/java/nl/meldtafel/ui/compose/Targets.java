package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.groups.Checklist;
import nl.meldtafel.groups.TargetChoice;
import nl.meldtafel.groups.TargetOptions;
import nl.meldtafel.template.MessageKind;

import java.util.List;

/**
 * The beheerdersgroepen a message goes to, and the paste checklist after copying. Called through the
 * task runner, never on the FX thread.
 */
public interface Targets {

    /** No register: the desk works without groups. */
    Targets NONE = new Targets() {
        @Override
        public TargetOptions options() {
            return new TargetOptions(List.of());
        }

        @Override
        public TargetChoice defaultFor(MessageKind kind) {
            return new TargetChoice(List.of(), TargetChoice.Source.NONE, List.of());
        }

        @Override
        public TargetChoice defaultForFollowUp(long originalAlertId) {
            return defaultFor(MessageKind.HETERDAAD);
        }

        @Override
        public Checklist checklist(long alertId) {
            return new Checklist(alertId, List.of());
        }

        @Override
        public Checklist tick(long alertId, long groupId, Officer officer) {
            throw new IllegalStateException("There are no groups to tick off");
        }
    };

    /** The active groups to choose from. */
    TargetOptions options();

    /** The last choice for this kind of message. */
    TargetChoice defaultFor(MessageKind kind);

    /** The groups of the original, for a vervolgbericht or afloopbericht. */
    TargetChoice defaultForFollowUp(long originalAlertId);

    Checklist checklist(long alertId);

    /** Records that the text was pasted in the group now; the first tick confirms the alert as sent. */
    Checklist tick(long alertId, long groupId, Officer officer);
}

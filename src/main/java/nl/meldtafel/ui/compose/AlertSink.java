package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;
import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.TemplateDefinition;

import java.util.List;

/**
 * Where a copied message is recorded. {@link #recordPending} is called before the text leaves
 * Meldtafel (clipboard or WhatsApp Web), {@link #confirmSent} when the officer says it was posted.
 * Called through the task runner, never on the FX thread.
 */
public interface AlertSink {

    /**
     * Records the exact text as copied but not yet confirmed; returns its id.
     *
     * @param parentId the alert this one updates or closes, or null
     * @param groupIds the beheerdersgroepen chosen for it, in order; empty without a register
     */
    long recordPending(TemplateDefinition template, FieldValues values, String text, Long parentId, Officer officer,
                       List<Long> groupIds);

    /** The officer confirmed the message with this id was posted in WhatsApp. */
    void confirmSent(long id, Officer officer);

    /** Copied messages still waiting for confirmation, oldest first, so none is lost across restarts. */
    List<PendingAlert> unconfirmed();

    /** Whether the confirmation of {@code id} was kept on this PC to be recorded later (the server was away). */
    default boolean confirmationWaits(long id) {
        return false;
    }
}

package nl.meldtafel.ui.compose;

import nl.meldtafel.message.FieldValues;
import nl.meldtafel.template.TemplateDefinition;

import java.util.List;

/**
 * Where a copied message is recorded. The seam storage plugs into: {@link #recordPending} is called the
 * moment the text leaves Meldtafel (clipboard or WhatsApp Web), {@link #confirmSent} when the officer
 * says it was posted. Called through the task runner, never on the FX thread.
 */
public interface AlertSink {

    /** Records the exact text as copied but not yet confirmed; returns its id. */
    long recordPending(TemplateDefinition template, FieldValues values, String text);

    /** The officer confirmed the message with this id was posted in WhatsApp. */
    void confirmSent(long id);

    /** Copied messages still waiting for confirmation, oldest first, so none is lost across restarts. */
    List<PendingAlert> unconfirmed();
}

package nl.meldtafel.groups;

import java.util.List;
import nl.meldtafel.alert.Actor;

/**
 * After copying, the officer ticks off each chosen group as the text is pasted there. The first tick
 * confirms the alert as sent; each tick keeps when and by whom. Calls may block.
 */
public interface PasteChecklist {

    /** The alert's chosen groups in register order, each open, posted or dismissed. */
    Checklist checklist(long alertId);

    /**
     * Records that the text was pasted in {@code groupId} now. The first tick confirms the alert as sent
     * (and remembers its groups as the default for its kind). Ticking a posted group again changes nothing.
     */
    Checklist tick(long alertId, long groupId, Actor actor);

    /** Takes a group off the list without posting there ("groep bestaat niet meer"); only with a reason. */
    Checklist dismiss(long alertId, long groupId, String reason, Actor actor);

    /** Sent alerts with groups not yet ticked off or dismissed, oldest first: "nog niet geplaatst in ...". */
    List<NotYetPosted> notYetPosted();
}

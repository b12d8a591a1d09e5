package nl.meldtafel.ui.followup;

import nl.meldtafel.alert.Alert;

/** Opens the compose screen for a message about an earlier alert; the desk implements it. */
public interface FollowUpOpener {

    /** "Vervolgbericht": the original's template and values, linked as parent. False when the template is gone. */
    boolean update(Alert original, String description);

    /** "Afloopbericht": the afloopbericht template with {@code referentie} filled in, linked as parent. */
    boolean afloop(Alert original, String referentie);
}

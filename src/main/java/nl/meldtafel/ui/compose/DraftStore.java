package nl.meldtafel.ui.compose;

import nl.meldtafel.alert.Officer;

/** Keeps each officer's drafts between runs; called through the task runner, never on the FX thread. */
public interface DraftStore {

    /** The officer's kept forms; the one typed in last is the selected template. */
    Drafts load(Officer officer);

    /** Keeps the changed forms of the officer and forgets the removed ones, all or nothing. */
    void save(Officer officer, DraftChanges changes);
}

package nl.meldtafel.ui.compose;

import java.io.IOException;

/** Keeps the drafts between runs; called through the task runner, never on the FX thread. */
public interface DraftStore {

    Drafts load() throws IOException;

    void save(Drafts drafts) throws IOException;
}

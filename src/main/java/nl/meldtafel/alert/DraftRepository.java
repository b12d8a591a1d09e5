package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/** Drafts per officer and template; not part of the log and freely deleted. */
public interface DraftRepository {

    /** Saves or replaces the officer's draft for this template. */
    void save(Draft draft);

    Optional<Draft> find(long officerId, String templateId);

    /** The officer's drafts, newest first. */
    List<Draft> forOfficer(long officerId);

    void delete(long officerId, String templateId);
}

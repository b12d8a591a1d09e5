package nl.meldtafel.alert;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The officer's unsent forms, one per template, private to the officer and removed by retention in time. */
public final class DraftService {

    private final Transactor tx;
    private final DraftRepository drafts;

    public DraftService(Transactor tx, DraftRepository drafts) {
        this.tx = tx;
        this.drafts = drafts;
    }

    /** The officer's drafts, newest first. */
    public List<Draft> forOfficer(long officerId) {
        return drafts.forOfficer(officerId);
    }

    /** Saves the changed forms (template id to its stored JSON) and deletes the removed ones, in one transaction. */
    public void apply(long officerId, Map<String, String> changed, Collection<String> removed, Instant at) {
        tx.inTransaction("Could not save the drafts", () -> {
            changed.forEach((templateId, json) -> drafts.save(new Draft(officerId, templateId, json, at)));
            removed.forEach(templateId -> drafts.delete(officerId, templateId));
            return null;
        });
    }

    /** Adds the drafts whose template has none yet, never replacing one; one transaction. Returns how many. */
    public int addMissing(List<Draft> imported) {
        return tx.inTransaction("Could not import drafts", () -> {
            int count = 0;
            for (Draft draft : imported) {
                if (drafts.find(draft.officerId(), draft.templateId()).isEmpty()) {
                    drafts.save(draft);
                    count++;
                }
            }
            return count;
        });
    }
}

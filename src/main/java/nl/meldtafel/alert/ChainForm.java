package nl.meldtafel.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Starts the chain's second form on a log that has entries, officers or groups from before it: the
 * marker entry says where the new form starts and holds the officers and register it starts from, so
 * later changes to them can be checked.
 */
public final class ChainForm {

    private ChainForm() {
    }

    /** Appends the marker once, in one transaction; does nothing on a new log or one already in form 2. */
    public static void ensureCurrent(Transactor tx, AuditLog audit, ChainFacts facts, Clock clock, String osAccount) {
        if (audit.headForm() >= AuditRecord.CURRENT_FORM) {
            return; // the usual case, without taking the write lock at every start
        }
        tx.inTransaction("Could not start the new form of the audit chain", () -> {
            int form = audit.headForm();
            if (form >= AuditRecord.CURRENT_FORM) {
                return null;
            }
            List<Officer> officers = new ArrayList<>(facts.officers().values());
            RegisterFacts register = facts.register();
            if (form == 0 && officers.isEmpty() && register.groups().isEmpty()) {
                return null; // a new log: its first entries are of the new form already
            }
            officers.sort(Comparator.comparingLong(Officer::id));
            audit.append(AuditRecords.form(officers, register, clock.instant(), osAccount));
            return null;
        });
    }
}

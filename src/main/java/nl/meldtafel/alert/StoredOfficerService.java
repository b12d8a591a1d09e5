package nl.meldtafel.alert;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The officers, with each addition and each rename in the audit chain: a rename is its own event,
 * and the alerts sent before it keep the name they were sent under.
 */
public final class StoredOfficerService implements OfficerService {

    private final Transactor tx;
    private final OfficerRepository officers;
    private final AuditLog audit;
    private final Clock clock;

    public StoredOfficerService(Transactor tx, OfficerRepository officers, AuditLog audit, Clock clock) {
        this.tx = tx;
        this.officers = officers;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Officer register(String name, String personnelNumber) {
        return tx.inTransaction("Could not save officer " + name, () -> {
            Optional<Officer> was = officers.findByPersonnelNumber(TextChecks.requireNonBlank("personnel number", personnelNumber));
            Officer now = officers.register(name, personnelNumber);
            if (was.isEmpty()) {
                audit.append(AuditRecords.officerAdded(now, clock.instant(), OsAccount.current()));
            } else if (!was.get().name().equals(now.name())) {
                audit.append(AuditRecords.officerRenamed(was.get(), now, clock.instant(), OsAccount.current()));
            }
            return now;
        });
    }

    @Override
    public Optional<Officer> find(long id) {
        return officers.find(id);
    }

    @Override
    public Optional<Officer> findByPersonnelNumber(String personnelNumber) {
        return officers.findByPersonnelNumber(personnelNumber);
    }

    @Override
    public List<Officer> all() {
        return officers.all();
    }
}

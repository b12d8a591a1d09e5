package nl.meldtafel.fake;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.meldtafel.alert.Officer;
import nl.meldtafel.alert.OfficerService;
import nl.meldtafel.alert.TextChecks;
import nl.meldtafel.retention.RetentionService;

/** The officers in memory, for testing a view alone; {@link OfficerServiceContractTest} keeps it like the stored one. */
public final class FakeOfficerService implements OfficerService {

    private final Map<Long, Officer> officers = new TreeMap<>();

    @Override
    public synchronized Officer register(String name, String personnelNumber) {
        String cleanName = TextChecks.requireNonBlank("officer name", name).strip();
        String number = TextChecks.requireNonBlank("personnel number", personnelNumber).strip();
        long id = findByPersonnelNumber(number).map(Officer::id).orElse((long) officers.size() + 1);
        Officer officer = new Officer(id, cleanName, number);
        officers.put(id, officer);
        return officer;
    }

    @Override
    public synchronized Optional<Officer> find(long id) {
        return Optional.ofNullable(officers.get(id));
    }

    @Override
    public synchronized Optional<Officer> findByPersonnelNumber(String personnelNumber) {
        String number = personnelNumber.strip();
        return officers.values().stream().filter(o -> o.personnelNumber().equals(number)).findFirst();
    }

    /** By name; the row retention runs are recorded under is nobody to choose at the desk. */
    @Override
    public synchronized List<Officer> all() {
        List<Officer> all = new ArrayList<>(officers.values());
        all.removeIf(o -> o.personnelNumber().equals(RetentionService.SYSTEM_PERSONNEL_NUMBER));
        all.sort(Comparator.comparing(Officer::name).thenComparingLong(Officer::id));
        return all;
    }
}

package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/**
 * The officers who can sit at the desk. Registering an existing personnel number renames that officer;
 * alerts sent before keep the name they were sent under. Calls may block.
 */
public interface OfficerService {

    /** The officer with this personnel number, registered or renamed as needed; name and number are required. */
    Officer register(String name, String personnelNumber);

    Optional<Officer> find(long id);

    Optional<Officer> findByPersonnelNumber(String personnelNumber);

    /** The officers to choose from, by name; the row retention runs are recorded under is not one of them. */
    List<Officer> all();
}

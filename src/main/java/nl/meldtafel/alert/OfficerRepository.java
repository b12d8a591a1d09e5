package nl.meldtafel.alert;

import java.util.List;
import java.util.Optional;

/** The officers known at this desk. */
public interface OfficerRepository {

    /** Returns the officer with this personnel number, registering or renaming as needed. */
    Officer register(String name, String personnelNumber);

    Optional<Officer> find(long id);

    Optional<Officer> findByPersonnelNumber(String personnelNumber);

    List<Officer> all();
}
